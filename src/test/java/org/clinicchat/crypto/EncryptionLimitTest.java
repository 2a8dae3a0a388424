package org.clinicchat.crypto;

import static org.clinicchat.crypto.EncryptionLimit.MAX_ENCRYPTIONS;
import static org.clinicchat.crypto.EncryptionLimit.WARNING_INTERVAL;
import static org.clinicchat.crypto.EncryptionLimit.WARNING_THRESHOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clinicchat.crypto.EncryptionLimit.Check;
import org.junit.jupiter.api.Test;

/** The NIST SP 800-38D limit of 2^32 AES-GCM encryptions per key with random nonces. */
class EncryptionLimitTest {

  @Test
  void limitIsTwoToThe32() {
    assertEquals(4_294_967_296L, MAX_ENCRYPTIONS);
  }

  @Test
  void newKeyAllowed() {
    assertEquals(Check.ALLOWED, EncryptionLimit.check(0, 1));
  }

  @Test
  void lastAllowedEncryption() {
    assertEquals(Check.ALLOWED_WITH_WARNING, EncryptionLimit.check(MAX_ENCRYPTIONS - 1, 1));
  }

  @Test
  void encryptionPastLimitRejected() {
    assertEquals(Check.REJECTED, EncryptionLimit.check(MAX_ENCRYPTIONS, 1));
  }

  @Test
  void batchCrossingLimitRejected() {
    assertEquals(Check.REJECTED, EncryptionLimit.check(MAX_ENCRYPTIONS - 1, 2));
  }

  @Test
  void warningBeforeLimit() {
    assertTrue(WARNING_THRESHOLD < MAX_ENCRYPTIONS);
    assertEquals(Check.ALLOWED_WITH_WARNING, EncryptionLimit.check(WARNING_THRESHOLD - 1, 1));
  }

  @Test
  void belowThresholdSilent() {
    assertEquals(Check.ALLOWED, EncryptionLimit.check(WARNING_THRESHOLD - 2, 1));
  }

  @Test
  void warningRepeatsOncePerInterval() {
    long start = WARNING_THRESHOLD + WARNING_INTERVAL;

    assertEquals(Check.ALLOWED, EncryptionLimit.check(start, 1));
    assertEquals(
        Check.ALLOWED_WITH_WARNING, EncryptionLimit.check(start + WARNING_INTERVAL - 1, 1));
  }

  @Test
  void negativeCountRejected() {
    assertThrows(IllegalArgumentException.class, () -> EncryptionLimit.check(0, -1));
  }

  @Test
  void enforceRejectsPastLimitWithRemedy() {
    EncryptionLimitExceededException thrown =
        assertThrows(
            EncryptionLimitExceededException.class,
            () -> KeyUsageCounter.enforce("Data key", "d1", MAX_ENCRYPTIONS, 1, "renew it"));

    assertTrue(thrown.getMessage().endsWith("renew it"), thrown::getMessage);
  }

  @Test
  void renewalLeavesRoomForOneTransaction() {
    assertNotEquals(
        Check.REJECTED,
        EncryptionLimit.check(MAX_ENCRYPTIONS - FieldEncryption.RENEWAL_HEADROOM, 1_000));
  }
}
