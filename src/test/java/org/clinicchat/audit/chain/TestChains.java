package org.clinicchat.audit.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Sealed chains of plausible audit events for the unit tests. */
final class TestChains {

  static final SecretKey KEY = key(1);
  static final SecretKey OTHER_KEY = key(2);

  private static final String[] ACTIONS = {"TRANSCRIPT_READ", "MESSAGE_SENT", "CONSENT_GRANTED"};

  private TestChains() {}

  static SecretKey key(int seed) {
    byte[] raw = new byte[32];
    new Random(seed).nextBytes(raw);
    return new SecretKeySpec(raw, AuditSeal.MAC_ALGORITHM);
  }

  /** Returns a chain of {@code size} events sealed with {@link #KEY}, sequences from 1. */
  static List<AuditRecord> chain(int size, Random random) {
    return chain(size, random, KEY);
  }

  /** Returns a chain of {@code size} events sealed with the given key, sequences from 1. */
  static List<AuditRecord> chain(int size, Random random, SecretKey key) {
    AuditSeal seal = new AuditSeal(key);
    List<AuditRecord> chain = new ArrayList<>(size);
    String previousHash = AuditSeal.GENESIS_HASH;
    for (long sequence = 1; sequence <= size; sequence++) {
      AuditRecord sealed = seal.seal(unsealed(sequence, random), previousHash);
      chain.add(sealed);
      previousHash = sealed.eventHash();
    }
    return chain;
  }

  /** Returns an unsealed event with random but valid content. */
  static AuditRecord unsealed(long sequence, Random random) {
    return new AuditRecord(
        sequence,
        Instant.parse("2026-12-01T08:00:00Z").plusMillis(sequence * 1000 + random.nextInt(1000)),
        "clinician-" + random.nextInt(5),
        "CLINICIAN",
        ACTIONS[random.nextInt(ACTIONS.length)],
        "Conversation",
        new java.util.UUID(random.nextLong(), random.nextLong()).toString(),
        "TREATMENT",
        random.nextInt(10) == 0 ? "FAILURE" : "SUCCESS",
        "web",
        "127.0.0." + random.nextInt(255),
        "Chrome/131",
        null,
        null,
        null);
  }

  static ChainAnchor headOf(List<AuditRecord> chain) {
    AuditRecord last = chain.getLast();
    return new ChainAnchor(last.sequence(), last.eventHash());
  }
}
