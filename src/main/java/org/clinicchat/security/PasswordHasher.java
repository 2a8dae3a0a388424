package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes staff passwords with the parameters that the staff identity store verifies them with. */
@ApplicationScoped
public class PasswordHasher {

  static final String ITERATIONS = "600000";
  static final String SALT_BYTES = "32";
  static final String KEY_BYTES = "32";

  @Inject Instance<Pbkdf2PasswordHash> hashes;

  /** Returns the encoded PBKDF2 hash of a password, salt and parameters included. */
  public String hash(char[] password) {
    Pbkdf2PasswordHash hash = hashes.get();
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", ITERATIONS,
            "Pbkdf2PasswordHash.SaltSizeBytes", SALT_BYTES,
            "Pbkdf2PasswordHash.KeySizeBytes", KEY_BYTES));
    try {
      return hash.generate(password);
    } finally {
      hashes.destroy(hash);
    }
  }
}
