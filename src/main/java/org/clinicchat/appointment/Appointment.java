package org.clinicchat.appointment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.clinicchat.crypto.FieldLocation;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.FieldSealer;
import org.clinicchat.safety.Language;

/**
 * A patient's booked or cancelled visit. Times are UTC instants. The reason for the visit is PHI:
 * it is stored only as a {@code v2} ciphertext under the patient's own data key (the data key of
 * the patient identity named by {@code patientId}), bound to this row and attribute, so erasing the
 * patient also makes the reason unreadable. The slot itself is held by {@link SlotClaim} rows,
 * whose unique constraint prevents double booking; the version column makes two concurrent changes
 * of one appointment fail instead of overwriting each other.
 */
@Entity
@Cacheable(false)
@Table(
    name = "appointment",
    indexes = {
      @Index(name = "appointment_reference", columnList = "reference", unique = true),
      @Index(name = "appointment_patient", columnList = "patient_id")
    })
public class Appointment {

  // Part of the reason ciphertext's authenticated data: renaming them makes stored reasons
  // unreadable.
  static final String ENTITY = "Appointment";
  static final String REASON = "reason";

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 12)
  private String reference;

  @Column(name = "patient_id", nullable = false, length = 36)
  private String patientId;

  @Column(name = "provider_id", nullable = false, length = 40)
  private String providerId;

  @Column(name = "visit_type_id", nullable = false, length = 40)
  private String visitTypeId;

  @Column(name = "location_id", nullable = false, length = 40)
  private String locationId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  // TEXT like chat_message.text_ciphertext: a reason of 500 characters encrypts to over 2,000.
  @Column(name = "reason_ciphertext", nullable = false, columnDefinition = "TEXT")
  private String reasonCiphertext;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AppointmentStatus status;

  @Column(name = "booked_at", nullable = false)
  private Instant bookedAt;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  /**
   * ISO 639-1 code of the language the patient booked in; null on rows stored before the column
   * existed.
   */
  @Column(length = 2)
  private String language;

  @Version private long version;

  protected Appointment() {}

  Appointment(
      String reference,
      String patientId,
      Slot slot,
      String locationId,
      String reason,
      Instant now,
      FieldSealer sealer) {
    this.id = UUID.randomUUID().toString();
    this.reference = reference;
    this.patientId = patientId;
    this.providerId = slot.providerId();
    this.visitTypeId = slot.visitTypeId();
    this.locationId = locationId;
    this.startsAt = slot.start();
    this.endsAt = slot.end();
    this.reasonCiphertext = sealer.seal(reason, reasonLocation());
    this.status = AppointmentStatus.BOOKED;
    this.bookedAt = now;
    this.changedAt = now;
  }

  /** Re-encrypts the reason under new data key material. */
  void reseal(FieldOpener previous, FieldSealer sealer) {
    reasonCiphertext =
        sealer.seal(previous.open(reasonCiphertext, reasonLocation()), reasonLocation());
  }

  /** Moves the appointment to another slot of a provider at the location. */
  void moveTo(Slot slot, String newLocationId, Instant now) {
    providerId = slot.providerId();
    visitTypeId = slot.visitTypeId();
    locationId = newLocationId;
    startsAt = slot.start();
    endsAt = slot.end();
    changedAt = now;
  }

  /** Stores the language of the patient's latest booking or change, for the reminder. */
  void writtenIn(Language patientLanguage) {
    language = patientLanguage.code();
  }

  /**
   * Returns the language of the patient's latest booking or change, English when none is stored.
   */
  Language language() {
    return Language.fromCode(language).orElse(Language.ENGLISH);
  }

  void cancel(Instant now) {
    status = AppointmentStatus.CANCELLED;
    changedAt = now;
  }

  /** Decrypts the reason for the visit with the patient's data key. */
  String reason(FieldOpener opener) {
    return opener.open(reasonCiphertext, reasonLocation());
  }

  /** Returns the slot the appointment has or had. */
  public Slot slot() {
    return new Slot(providerId, visitTypeId, startsAt, endsAt);
  }

  private FieldLocation reasonLocation() {
    return new FieldLocation(ENTITY, REASON, id);
  }

  public String getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getPatientId() {
    return patientId;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getVisitTypeId() {
    return visitTypeId;
  }

  public String getLocationId() {
    return locationId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public AppointmentStatus getStatus() {
    return status;
  }

  public boolean isBooked() {
    return status == AppointmentStatus.BOOKED;
  }
}
