package org.clinicchat.patient;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clinicchat.crypto.FieldLocation;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.FieldSealer;

/**
 * The stored identity of one patient. Name, date of birth, email and phone are {@code v2}
 * ciphertexts under the patient's own data key (named by this row's id), each bound to its
 * attribute and row, so a value copied into another column or row fails to decrypt. The email and
 * phone also have blind indexes (keyed HMAC-SHA256 of the normalised value), which lookups search.
 * Erasing the patient clears them along with the data key.
 */
@Entity
@Cacheable(false)
@Table(
    name = "patient_identity",
    indexes = {
      @Index(name = "patient_identity_email_index", columnList = "email_index"),
      @Index(name = "patient_identity_phone_index", columnList = "phone_index")
    })
public class PatientIdentity {

  // Part of each ciphertext's additional authenticated data: renaming them makes values unreadable.
  static final String ENTITY = "PatientIdentity";
  static final String NAME = "name";
  static final String DATE_OF_BIRTH = "dateOfBirth";
  static final String EMAIL = "email";
  static final String PHONE = "phone";

  @Id
  @Column(length = 36)
  private String id;

  // TEXT like chat_message.text_ciphertext: a name of 200 four-byte characters encrypts to about
  // 1,150 characters, more than a VARCHAR of a few hundred characters takes.
  @Column(name = "name_ciphertext", columnDefinition = "TEXT")
  private String nameCiphertext;

  @Column(name = "birth_date_ciphertext", columnDefinition = "TEXT")
  private String birthDateCiphertext;

  @Column(name = "email_ciphertext", columnDefinition = "TEXT")
  private String emailCiphertext;

  @Column(name = "phone_ciphertext", columnDefinition = "TEXT")
  private String phoneCiphertext;

  @Column(name = "email_index", length = 64)
  private String emailIndex;

  @Column(name = "phone_index", length = 64)
  private String phoneIndex;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "erased_at")
  private Instant erasedAt;

  protected PatientIdentity() {}

  PatientIdentity(Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.createdAt = createdAt;
  }

  /** Encrypts the identity into this row and stores the blind indexes that find it. */
  void seal(NewPatientIdentity identity, FieldSealer sealer, String emailIndex, String phoneIndex) {
    nameCiphertext = sealer.seal(identity.name().text(), at(NAME));
    birthDateCiphertext = sealer.seal(identity.dateOfBirth().toString(), at(DATE_OF_BIRTH));
    emailCiphertext =
        identity.email() == null ? null : sealer.seal(identity.email().normalised(), at(EMAIL));
    phoneCiphertext =
        identity.phone() == null ? null : sealer.seal(identity.phone().e164(), at(PHONE));
    this.emailIndex = emailIndex;
    this.phoneIndex = phoneIndex;
  }

  /** Decrypts the identity. */
  PatientIdentityView open(FieldOpener opener) {
    return new PatientIdentityView(
        id,
        new PersonName(opener.open(nameCiphertext, at(NAME))),
        LocalDate.parse(opener.open(birthDateCiphertext, at(DATE_OF_BIRTH))),
        emailCiphertext == null ? null : new EmailAddress(opener.open(emailCiphertext, at(EMAIL))),
        phoneCiphertext == null ? null : new PhoneNumber(opener.open(phoneCiphertext, at(PHONE))));
  }

  /** Re-encrypts every stored value under new data key material; returns how many. */
  int reseal(FieldOpener previous, FieldSealer sealer) {
    nameCiphertext = reseal(nameCiphertext, NAME, previous, sealer);
    birthDateCiphertext = reseal(birthDateCiphertext, DATE_OF_BIRTH, previous, sealer);
    emailCiphertext = reseal(emailCiphertext, EMAIL, previous, sealer);
    phoneCiphertext = reseal(phoneCiphertext, PHONE, previous, sealer);
    return 2 + (emailCiphertext == null ? 0 : 1) + (phoneCiphertext == null ? 0 : 1);
  }

  private String reseal(String stored, String attribute, FieldOpener previous, FieldSealer sealer) {
    return stored == null ? null : sealer.seal(previous.open(stored, at(attribute)), at(attribute));
  }

  /** Clears the blind indexes, so the erased patient is no longer found by email or phone. */
  void erase(Instant at) {
    emailIndex = null;
    phoneIndex = null;
    erasedAt = at;
  }

  private FieldLocation at(String attribute) {
    return new FieldLocation(ENTITY, attribute, id);
  }

  public String getId() {
    return id;
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
