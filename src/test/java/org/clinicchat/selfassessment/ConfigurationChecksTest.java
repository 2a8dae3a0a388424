package org.clinicchat.selfassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationChecksTest {

  private static final String TEMURIN_DISABLED =
      "SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024";
  private static final String TLS13 = "TLS_AES_256_GCM_SHA384";

  @Test
  void tls13HardenedJavaPasses() {
    assertTrue(check(true, TLS13, TEMURIN_DISABLED).passed());
  }

  @Test
  void plainHttpFails() {
    assertFalse(check(false, "", TEMURIN_DISABLED).passed());
  }

  @Test
  void cbcCipherSuiteFails() {
    assertFalse(check(true, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", TEMURIN_DISABLED).passed());
  }

  @Test
  void chachaCipherSuitePasses() {
    assertTrue(check(true, "TLS_CHACHA20_POLY1305_SHA256", TEMURIN_DISABLED).passed());
  }

  @Test
  void enabledTls11Fails() {
    assertFalse(check(true, TLS13, "SSLv3, TLSv1, RC4").passed());
  }

  @Test
  void enabledTls11Named() {
    assertEquals(
        "The server's Java does not disable [TLSv1.1].",
        check(true, TLS13, "SSLv3, TLSv1, RC4").finding());
  }

  @Test
  void noDisabledListAllowsAll() {
    assertEquals(
        List.of("SSLv3", "TLSv1", "TLSv1.1"), ConfigurationChecks.allowedOldProtocols(null));
  }

  @Test
  void protocolNamePrefixDoesNotCount() {
    assertEquals(List.of("TLSv1"), ConfigurationChecks.allowedOldProtocols("SSLv3, TLSv1.1"));
  }

  @Test
  void failureCarriesRemedy() {
    assertTrue(check(false, "", TEMURIN_DISABLED).remedy().contains("HTTPS"));
  }

  private static SecurityCheck check(boolean secure, String suite, String disabled) {
    return ConfigurationChecks.transport(new ClientConnection(secure, suite), disabled);
  }
}
