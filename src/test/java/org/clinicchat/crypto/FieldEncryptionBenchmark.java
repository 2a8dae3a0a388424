package org.clinicchat.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of ClinicChat's field encryption (format v2: AES-256-GCM with a random nonce, the key
 * id and the field's location as additional authenticated data, and Base64 text) against raw JCE
 * AES-256-GCM on the same message bytes, measured in the same run. {@link #main} prints each as a
 * ratio to its baseline. Run with {@code mvn -Pbenchmark test-compile exec:exec}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FieldEncryptionBenchmark {

  /** A typical patient message: 200 characters. */
  private static final String MESSAGE = "What are your opening hours on Saturday? ".repeat(5);

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretKey key;
  private FieldLocation location;
  private byte[] plainBytes;
  private byte[] rawSealed;
  private byte[] rawNonce;
  private StoredValue stored;

  @Setup
  public void createKeyAndValues() throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    key = generator.generateKey();
    location = new FieldLocation("Message", "text", UUID.randomUUID().toString());
    plainBytes = MESSAGE.getBytes(StandardCharsets.UTF_8);
    rawNonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(rawNonce);
    rawSealed = rawCipher(Cipher.ENCRYPT_MODE, rawNonce).doFinal(plainBytes);
    stored = StoredValue.parse(FieldCipher.encrypt(MESSAGE, "bench-key", key, location));
  }

  @Benchmark
  public byte[] rawEncrypt() throws GeneralSecurityException {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    return rawCipher(Cipher.ENCRYPT_MODE, nonce).doFinal(plainBytes);
  }

  @Benchmark
  public String fieldEncrypt() {
    return FieldCipher.encrypt(MESSAGE, "bench-key", key, location);
  }

  @Benchmark
  public byte[] rawDecrypt() throws GeneralSecurityException {
    return rawCipher(Cipher.DECRYPT_MODE, rawNonce).doFinal(rawSealed);
  }

  @Benchmark
  public String fieldDecrypt() {
    return new String(FieldCipher.decrypt(stored, key, location), StandardCharsets.UTF_8);
  }

  private Cipher rawCipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }

  /** Runs the benchmarks and prints field encryption and decryption as ratios to raw JCE. */
  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(FieldEncryptionBenchmark.class.getSimpleName())
                    .build())
            .run();
    Map<String, Double> scores = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      scores.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    System.out.printf(
        "field encrypt / raw JCE encrypt: %.2f%n",
        scores.get("fieldEncrypt") / scores.get("rawEncrypt"));
    System.out.printf(
        "field decrypt / raw JCE decrypt: %.2f%n",
        scores.get("fieldDecrypt") / scores.get("rawDecrypt"));
  }
}
