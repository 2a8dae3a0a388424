package org.clinicchat.disclosure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.clinicchat.crypto.FieldLocation;

/**
 * One entry of the accounting of disclosures: on which date whose PHI went to which recipient, what
 * was disclosed and why, and who recorded it when. The patient is named by the opaque id the
 * product has (a conversation id or a visitor pseudonym).
 *
 * <p>Recipient and description are stored encrypted under a data key of the entry's own, whose key
 * id is the entry's id, so erasing a conversation does not erase the accounting of its disclosures,
 * which HIPAA requires for six years. Entries are only inserted.
 */
@Entity
@Cacheable(false)
@Table(
    name = "disclosure",
    indexes = @Index(name = "disclosure_patient", columnList = "patient_reference, disclosed_on"))
public class Disclosure {

  /** The entity name bound to the encrypted fields; part of the stored format. */
  static final String ENCRYPTED_ENTITY = "Disclosure";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "disclosed_on", nullable = false)
  private LocalDate disclosedOn;

  @Column(name = "patient_reference", nullable = false, length = 100)
  private String patientReference;

  @Column(columnDefinition = "TEXT NOT NULL")
  private String recipient;

  @Column(columnDefinition = "TEXT NOT NULL")
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private DisclosurePurpose purpose;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant recordedAt;

  protected Disclosure() {}

  Disclosure(
      String id,
      LocalDate disclosedOn,
      String patientReference,
      DisclosurePurpose purpose,
      String recordedBy,
      Instant recordedAt) {
    this.id = id;
    this.disclosedOn = disclosedOn;
    this.patientReference = patientReference;
    this.purpose = purpose;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  static FieldLocation recipientLocation(String id) {
    return new FieldLocation(ENCRYPTED_ENTITY, "recipient", id);
  }

  static FieldLocation descriptionLocation(String id) {
    return new FieldLocation(ENCRYPTED_ENTITY, "description", id);
  }

  void sealed(String encryptedRecipient, String encryptedDescription) {
    recipient = encryptedRecipient;
    description = encryptedDescription;
  }

  public String getId() {
    return id;
  }

  public LocalDate getDisclosedOn() {
    return disclosedOn;
  }

  public String getPatientReference() {
    return patientReference;
  }

  String getRecipient() {
    return recipient;
  }

  String getDescription() {
    return description;
  }

  public DisclosurePurpose getPurpose() {
    return purpose;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
