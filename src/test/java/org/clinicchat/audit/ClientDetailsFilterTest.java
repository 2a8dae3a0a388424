package org.clinicchat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClientDetailsFilterTest {

  @Test
  void chromeFamilyKept() {
    assertEquals(
        "Chrome/131",
        ClientDetailsFilter.agent(
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " HeadlessChrome/131.0.6778.85 Safari/537.36"));
  }

  @Test
  void edgeBeforeChrome() {
    assertEquals(
        "Edg/120",
        ClientDetailsFilter.agent("Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91"));
  }

  @Test
  void safariVersionKept() {
    assertEquals(
        "Safari/17",
        ClientDetailsFilter.agent(
            "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/17.1 Mobile/15E148 Safari/604.1"));
  }

  @Test
  void javaClientKept() {
    assertEquals("Java-http-client/25", ClientDetailsFilter.agent("Java-http-client/25.0.1"));
  }

  @Test
  void freeTextAgentReduced() {
    assertEquals("other", ClientDetailsFilter.agent("Zebulon Quartermaine 1957-03-14"));
  }

  @Test
  void missingAgentStaysMissing() {
    assertNull(ClientDetailsFilter.agent(null));
  }

  @Test
  void ipv6AddressKept() {
    assertEquals("0:0:0:0:0:0:0:1", ClientDetailsFilter.address("0:0:0:0:0:0:0:1"));
  }

  @Test
  void hostNameAddressDropped() {
    assertNull(ClientDetailsFilter.address("reception-pc.clinic.example"));
  }
}
