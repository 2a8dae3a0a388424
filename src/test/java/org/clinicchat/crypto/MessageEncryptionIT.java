package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.List;
import org.clinicchat.chat.Conversation;
import org.clinicchat.chat.Message;
import org.clinicchat.chat.Transcripts;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.Markers;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Message text is stored encrypted. Runs inside the server: it sends a message with a unique marker
 * through the patient API over loopback TLS, then reads the chat_message table with SQL and through
 * JPA.
 */
@ExtendWith(ArquillianExtension.class)
class MessageEncryptionIT {

  @PersistenceContext EntityManager entityManager;

  @Inject Transcripts transcripts;

  @Inject KeyRing keyRing;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @Test
  void columnHoldsOnlyCiphertext() {
    String marker = Markers.unique("encryption-marker");
    String conversation = conversationWith(marker);

    List<String> stored = storedTexts(conversation);

    String prefix = "v2:" + dataKeyId(conversation) + ":";
    assertEquals(2, stored.size(), "a patient message and a reply");
    for (String value : stored) {
      assertTrue(value.startsWith(prefix), "stored value has the v2 format: " + value);
      assertFalse(value.contains(marker), "stored value does not contain the plaintext");
    }
    assertEquals(0L, rowsContaining(marker), "no row of chat_message holds the marker");
  }

  @Test
  void transcriptReturnsPlaintext() {
    String marker = Markers.unique("encryption-marker");
    String conversation = conversationWith(marker);

    List<Message> messages =
        transcripts.messages(entityManager.find(Conversation.class, conversation));

    assertEquals(marker, messages.get(0).getText());
  }

  @Test
  void dataKeyStoredOnlyWrapped() {
    String conversation = conversationWith(Markers.unique("encryption-marker"));
    String activeKek = keyRing.activeKeyId();

    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT kek_id, wrapped_key FROM data_key WHERE conversation_id = ?1")
                .setParameter(1, conversation)
                .getSingleResult();

    assertEquals(activeKek, row[0], "the active key-encryption key wraps the data key");
    assertTrue(
        ((String) row[1]).startsWith("v2:" + activeKek + ":"),
        "the wrapped key records its format and KEK id");
  }

  private String dataKeyId(String conversation) {
    return (String)
        entityManager
            .createNativeQuery("SELECT id FROM data_key WHERE conversation_id = ?1")
            .setParameter(1, conversation)
            .getSingleResult();
  }

  @Test
  void sameTextEncryptsDifferently() {
    String marker = Markers.unique("encryption-marker");
    PatientClient patient = patient();
    Visitor visitor = patient.consent();
    String conversation = patient.startConversation(visitor.token());
    assertEquals(201, patient.send(visitor.token(), conversation, marker).status());
    assertEquals(201, patient.send(visitor.token(), conversation, marker).status());

    List<String> stored = storedTexts(conversation);

    assertNotEquals(stored.get(0), stored.get(2), "the same text twice, two ciphertexts");
  }

  private String conversationWith(String text) {
    PatientClient patient = patient();
    Visitor visitor = patient.consent();
    String conversation = patient.startConversation(visitor.token());
    PatientClient.Reply sent = patient.send(visitor.token(), conversation, text);
    assertEquals(201, sent.status(), sent::toString);
    return conversation;
  }

  private PatientClient patient() {
    return PatientClient.insideServer(runnerRequest.getLocalPort());
  }

  private List<String> storedTexts(String conversation) {
    List<?> values =
        entityManager
            .createNativeQuery(
                "SELECT text_ciphertext FROM chat_message WHERE conversation_id = ?1"
                    + " ORDER BY seq_no")
            .setParameter(1, conversation)
            .getResultList();
    return values.stream().map(MessageEncryptionIT::text).toList();
  }

  /**
   * Returns a column value as text. The column is a CLOB in a database that H2 created from the
   * current mapping, and a VARCHAR in one created before the mapping changed to TEXT.
   */
  private static String text(Object value) {
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read a text_ciphertext value", e);
      }
    }
    return (String) value;
  }

  private long rowsContaining(String text) {
    Number count =
        (Number)
            entityManager
                .createNativeQuery(
                    "SELECT COUNT(*) FROM chat_message WHERE text_ciphertext LIKE ?1")
                .setParameter(1, "%" + text + "%")
                .getSingleResult();
    return count.longValue();
  }
}
