package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.crypto.FieldLocation;

/**
 * The second sign-in step of staff: TOTP enrolment, code and recovery-code checks, and the reset of
 * an account's enrolment.
 *
 * <p>A TOTP code is accepted for the current time step and one step either side, to allow for clock
 * drift, and only for a step later than the last accepted one, so each code works once. Failed
 * codes count toward the login lockout of {@link LoginLockout}; every outcome is audited.
 */
@ApplicationScoped
public class SecondFactor {

  /** Recovery codes handed out at enrolment. */
  public static final int RECOVERY_CODES = 10;

  private static final int SECRET_BYTES = 20;
  private static final int RECOVERY_CODE_BYTES = 10;
  private static final int RECOVERY_GROUP = 4;
  private static final int ACCEPTED_DRIFT_STEPS = 1;
  private static final Pattern TOTP_CODE = Pattern.compile("\\d{" + Totp.DIGITS + "}");
  private static final String ENTITY = "StaffTotp";
  private static final String ATTRIBUTE = "secret";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The outcome of a code check. */
  public enum Outcome {
    ACCEPTED,
    REJECTED,
    LOCKED
  }

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject LoginLockout lockout;

  @Inject SignInEvents events;

  private final Clock clock = Clock.systemUTC();

  /** Returns a new random secret of 160 bits, the HMAC-SHA-1 key size RFC 4226 recommends. */
  public String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return Base32.encode(secret);
  }

  /** Returns whether the account has a TOTP secret enrolled. */
  public boolean isEnrolled(String username) {
    return entityManager.find(TotpEnrolment.class, username) != null;
  }

  /**
   * Enrols a secret if the code matches it, and returns the new recovery codes in clear text, which
   * are shown once and stored only as digests. Returns an empty list if the code is wrong or the
   * account is locked.
   */
  @Transactional
  public List<String> enrol(String username, String secret, String code) {
    if (lockout.isLocked(username)) {
      events.rejectedWhileLocked(username);
      return List.of();
    }
    Instant now = Instant.now(clock);
    long step = matchingStep(Base32.decode(secret), code, now, Long.MIN_VALUE);
    if (step == Long.MIN_VALUE || entityManager.find(TotpEnrolment.class, username) != null) {
      fail(username);
      return List.of();
    }
    TotpEnrolment enrolment = new TotpEnrolment(username, UUID.randomUUID().toString(), now, step);
    enrolment.setEncryptedSecret(
        fieldEncryption.sealerFor(enrolment.getDataKeyOwner()).seal(secret, location(username)));
    entityManager.persist(enrolment);
    List<String> codes = newRecoveryCodes(username);
    lockout.clear(username);
    events.mfaEnrolled(username);
    return codes;
  }

  /**
   * Checks a TOTP code or a recovery code of an enrolled account. The enrolment row stays locked
   * until the transaction ends, so two requests with the same code cannot both pass.
   */
  @Transactional
  public Outcome verify(String username, String code) {
    if (lockout.isLocked(username)) {
      events.rejectedWhileLocked(username);
      return Outcome.LOCKED;
    }
    TotpEnrolment enrolment =
        entityManager.find(TotpEnrolment.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (enrolment == null || code == null) {
      return fail(username);
    }
    String trimmed = code.strip();
    if (TOTP_CODE.matcher(trimmed).matches()) {
      byte[] secret = Base32.decode(openSecret(enrolment));
      long step = matchingStep(secret, trimmed, Instant.now(clock), enrolment.getLastTimeStep());
      if (step == Long.MIN_VALUE) {
        return fail(username);
      }
      enrolment.accept(step);
      lockout.clear(username);
      events.mfaSucceeded(username);
      return Outcome.ACCEPTED;
    }
    return useRecoveryCode(username, trimmed);
  }

  /**
   * Deletes an account's secret, its data key and its recovery codes; returns whether it had one.
   */
  @Transactional
  public boolean reset(String username) {
    TotpEnrolment enrolment =
        entityManager.find(TotpEnrolment.class, username, LockModeType.PESSIMISTIC_WRITE);
    entityManager
        .createQuery("DELETE FROM RecoveryCode r WHERE r.username = :username")
        .setParameter("username", username)
        .executeUpdate();
    if (enrolment == null) {
      return false;
    }
    fieldEncryption.erase(enrolment.getDataKeyOwner());
    entityManager.remove(enrolment);
    return true;
  }

  /**
   * Returns the step among the accepted ones around now whose code matches and that is later than
   * {@code after}, or {@link Long#MIN_VALUE} if none does. Every candidate is compared in constant
   * time, so the response time does not tell which step matched.
   */
  private static long matchingStep(byte[] secret, String code, Instant now, long after) {
    if (code == null || !TOTP_CODE.matcher(code.strip()).matches()) {
      return Long.MIN_VALUE;
    }
    byte[] submitted = code.strip().getBytes(StandardCharsets.US_ASCII);
    long current = Totp.timeStep(now);
    long found = Long.MIN_VALUE;
    for (long step = current - ACCEPTED_DRIFT_STEPS;
        step <= current + ACCEPTED_DRIFT_STEPS;
        step++) {
      byte[] expected = Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, submitted) && step > after && found == Long.MIN_VALUE) {
        found = step;
      }
    }
    return found;
  }

  private Outcome useRecoveryCode(String username, String code) {
    List<RecoveryCode> matches =
        entityManager
            .createQuery(
                "SELECT r FROM RecoveryCode r WHERE r.username = :username"
                    + " AND r.codeDigest = :digest AND r.usedAt IS NULL",
                RecoveryCode.class)
            .setParameter("username", username)
            .setParameter("digest", recoveryDigest(username, code))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (matches.isEmpty()) {
      return fail(username);
    }
    matches.getFirst().markUsed(Instant.now(clock));
    lockout.clear(username);
    events.recoveryCodeUsed(username);
    return Outcome.ACCEPTED;
  }

  private List<String> newRecoveryCodes(String username) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      byte[] random = new byte[RECOVERY_CODE_BYTES];
      RANDOM.nextBytes(random);
      String code = group(Base32.encode(random).toLowerCase(Locale.ROOT));
      entityManager.persist(
          new RecoveryCode(UUID.randomUUID().toString(), username, recoveryDigest(username, code)));
      codes.add(code);
    }
    return codes;
  }

  private static String group(String code) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < code.length(); i += RECOVERY_GROUP) {
      if (i > 0) {
        grouped.append('-');
      }
      grouped.append(code, i, Math.min(code.length(), i + RECOVERY_GROUP));
    }
    return grouped.toString();
  }

  /**
   * Returns the digest of a recovery code, ignoring case, spaces and hyphens. A plain SHA-256 is
   * enough here, unlike for passwords: each code has 80 random bits, beyond any brute-force search,
   * and the user name in the input makes equal codes of two accounts differ.
   */
  static String recoveryDigest(String username, String code) {
    String normalized = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((username + ":" + normalized).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private String openSecret(TotpEnrolment enrolment) {
    return fieldEncryption
        .openerFor(enrolment.getDataKeyOwner())
        .open(enrolment.getEncryptedSecret(), location(enrolment.getUsername()));
  }

  private static FieldLocation location(String username) {
    return new FieldLocation(ENTITY, ATTRIBUTE, username);
  }

  private Outcome fail(String username) {
    boolean locked = lockout.recordFailure(username);
    events.mfaFailed(username);
    if (locked) {
      events.accountLocked(username);
      return Outcome.LOCKED;
    }
    return Outcome.REJECTED;
  }
}
