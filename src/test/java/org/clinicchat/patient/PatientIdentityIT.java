package org.clinicchat.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.clinicchat.crypto.DataKeyErasedException;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.Markers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Patient identities inside the server: the stored row contains ciphertexts and keyed blind indexes
 * only, lookups by differently written email addresses and phone numbers find the same patient,
 * verification needs the right name and date of birth, erasure makes the identity unreadable, and a
 * data key at the encryption limit gets new material with the identity re-encrypted. Stored values
 * are read with native SQL, as someone with database access would.
 */
@ExtendWith(ArquillianExtension.class)
class PatientIdentityIT {

  private static final LocalDate BORN = LocalDate.of(1961, 7, 23);

  @PersistenceContext EntityManager entityManager;

  @Inject UserTransaction transaction;

  @Inject PatientIdentities identities;

  @Inject FieldEncryption fieldEncryption;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @Test
  void storedRowHasNoPlaintextOrPlainHash() throws Exception {
    Patient patient = registerPatient();

    Object[] row = storedRow(patient.id());
    String stored = String.join("|", text(row[0]), text(row[1]), text(row[2]), text(row[3]));

    assertFalse(stored.contains(patient.surname()), "no name in the ciphertext columns");
    assertFalse(stored.contains(BORN.toString()), "no date of birth in the ciphertext columns");
    assertFalse(stored.contains(patient.email()), "no email in the ciphertext columns");
    assertFalse(stored.contains(patient.nationalDigits()), "no phone in the ciphertext columns");
    assertEquals(64, text(row[4]).length(), "the email index is a 256-bit HMAC in hex");
    assertNotEquals(sha256(patient.email()), text(row[4]), "not an unkeyed SHA-256 of the email");
    assertNotEquals(sha256(patient.e164()), text(row[5]), "not an unkeyed SHA-256 of the phone");
    assertNotEquals(text(row[4]), text(row[5]), "email and phone indexes differ");
  }

  @Test
  void emailLookupIgnoresCaseAndSpaces() throws Exception {
    Patient patient = registerPatient();
    String typed = "  " + patient.email().toUpperCase(Locale.ROOT) + " ";

    List<String> found = ids(identities.findByEmail(typed));

    assertEquals(List.of(patient.id()), found);
  }

  @Test
  void phoneLookupIgnoresFormat() throws Exception {
    Patient patient = registerPatient();
    String digits = patient.nationalDigits();
    String area = digits.substring(0, 3);
    String exchange = digits.substring(3, 6);
    String line = digits.substring(6);

    for (String typed :
        List.of(
            "(" + area + ") " + exchange + "-" + line,
            area + "." + exchange + "." + line,
            "+1 " + area + " " + exchange + " " + line,
            "001" + digits,
            "1-" + area + "-" + exchange + "-" + line)) {
      assertTrue(ids(identities.findByPhone(typed)).contains(patient.id()), typed);
    }
  }

  @Test
  void lookupDecryptsIdentity() throws Exception {
    Patient patient = registerPatient();

    PatientIdentityView found = identities.findByEmail(patient.email()).getFirst();

    assertEquals(patient.name(), found.name().text());
    assertEquals(BORN, found.dateOfBirth());
    assertEquals(patient.e164(), found.phone().e164());
  }

  @Test
  void matchingNameAndBirthDateVerify() throws Exception {
    Patient patient = registerPatient();
    String typedName = "  " + patient.name().toLowerCase(Locale.ROOT).replace(" ", "  ");

    Optional<String> verified = identities.verify(patient.email(), typedName, BORN);

    assertEquals(Optional.of(patient.id()), verified);
  }

  @Test
  void phoneContactVerifies() throws Exception {
    Patient patient = registerPatient();

    Optional<String> verified = identities.verify(patient.nationalDigits(), patient.name(), BORN);

    assertEquals(Optional.of(patient.id()), verified);
  }

  @Test
  void wrongBirthDateDoesNotVerify() throws Exception {
    Patient patient = registerPatient();

    Optional<String> verified =
        identities.verify(patient.email(), patient.name(), BORN.plusDays(1));

    assertEquals(Optional.empty(), verified);
  }

  @Test
  void wrongNameDoesNotVerify() throws Exception {
    Patient patient = registerPatient();

    Optional<String> verified = identities.verify(patient.email(), "Someone Else", BORN);

    assertEquals(Optional.empty(), verified);
  }

  @Test
  void erasureLeavesIdentityUnreadable() throws Exception {
    Patient patient = registerPatient();

    identities.erase(patient.id());

    assertThrows(DataKeyErasedException.class, () -> identities.find(patient.id()));
    assertNull(dataKeyOf(patient.id()), "the wrapped data key is gone from the database");
    assertEquals(List.of(), identities.findByEmail(patient.email()), "no longer found by email");
    assertEquals(
        Optional.empty(), identities.verify(patient.email(), patient.name(), BORN), "no match");
  }

  @Test
  void dataKeyAtLimitRenewed() throws Exception {
    Patient patient = registerPatient();
    Object wrappedBefore = dataKeyOf(patient.id());
    inTransaction(
        () ->
            entityManager
                .createNativeQuery(
                    "UPDATE data_key SET encryption_count = ?1 WHERE conversation_id = ?2")
                .setParameter(1, 1L << 32)
                .setParameter(2, patient.id())
                .executeUpdate());

    inTransaction(() -> fieldEncryption.sealerFor(patient.id()));

    assertNotEquals(text(wrappedBefore), text(dataKeyOf(patient.id())), "new key material");
    assertEquals(patient.name(), identities.find(patient.id()).name().text());
    assertEquals(patient.e164(), identities.find(patient.id()).phone().e164());
  }

  @Test
  void malformedEmailRejected() {
    InvalidPatientIdentityException thrown =
        assertThrows(
            InvalidPatientIdentityException.class, () -> identities.findByEmail("not-an-email"));

    assertEquals(
        "The email address is invalid; expected the form name@example.org.", thrown.getMessage());
  }

  /** A registered patient with the values it was registered with. */
  private record Patient(
      String id, String name, String surname, String email, String nationalDigits) {

    String e164() {
      return "+1" + nationalDigits;
    }
  }

  private Patient registerPatient() {
    String surname = Markers.unique("Lopez").replace(" ", "");
    String name = "Ana " + surname;
    String email = "ana." + surname.toLowerCase(Locale.ROOT) + "@example.org";
    // A North American number: its exchange code starts with 2 to 9.
    String digits =
        "415"
            + (200 + ThreadLocalRandom.current().nextInt(800))
            + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    String typedPhone = "(" + digits.substring(0, 3) + ") " + digits.substring(3);
    String id = identities.register(name, BORN, email, typedPhone).patientId();
    return new Patient(id, name, surname, email, digits);
  }

  private static List<String> ids(List<PatientIdentityView> found) {
    return found.stream().map(PatientIdentityView::id).toList();
  }

  private Object[] storedRow(String id) throws Exception {
    return inTransaction(
        () ->
            (Object[])
                entityManager
                    .createNativeQuery(
                        "SELECT name_ciphertext, birth_date_ciphertext, email_ciphertext,"
                            + " phone_ciphertext, email_index, phone_index"
                            + " FROM patient_identity WHERE id = ?1")
                    .setParameter(1, id)
                    .getSingleResult());
  }

  private Object dataKeyOf(String owner) throws Exception {
    return inTransaction(
        () ->
            entityManager
                .createNativeQuery("SELECT wrapped_key FROM data_key WHERE conversation_id = ?1")
                .setParameter(1, owner)
                .getSingleResult());
  }

  private static String text(Object value) {
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read a stored value", e);
      }
    }
    return (String) value;
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }
}
