package org.clinicchat.callback;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clinicchat.crypto.FieldLocation;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.FieldSealer;
import org.clinicchat.patient.PhoneNumber;

/**
 * A patient's request to be called back after a handoff timed out. The phone number is a {@code v2}
 * ciphertext under the conversation's data key, bound to this row, so erasing the conversation
 * makes the number unreadable too, and {@link CallbackErasure} then deletes the row. A request
 * stays open until a staff member marks it done.
 */
@Entity
@Cacheable(false)
@Table(
    name = "callback_request",
    indexes = @Index(name = "callback_request_open", columnList = "done_at, requested_at"))
public class CallbackRequest {

  // Part of the ciphertext's additional authenticated data: renaming them makes numbers unreadable.
  static final String ENTITY = "CallbackRequest";
  static final String PHONE = "phone";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "conversation_id", nullable = false, length = 36)
  private String conversationId;

  @Column(name = "phone_ciphertext", nullable = false, columnDefinition = "TEXT")
  private String phoneCiphertext;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_time", nullable = false, length = 12)
  private PreferredTime preferredTime;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by", length = 64)
  private String doneBy;

  protected CallbackRequest() {}

  CallbackRequest(
      String conversationId,
      PhoneNumber phone,
      PreferredTime preferredTime,
      Instant requestedAt,
      FieldSealer sealer) {
    this.id = UUID.randomUUID().toString();
    this.conversationId = conversationId;
    this.preferredTime = preferredTime;
    this.requestedAt = requestedAt;
    this.phoneCiphertext = sealer.seal(phone.e164(), at());
  }

  /** Decrypts the phone number. */
  PhoneNumber phone(FieldOpener opener) {
    return new PhoneNumber(opener.open(phoneCiphertext, at()));
  }

  void markDone(String staffUser, Instant at) {
    doneBy = staffUser;
    doneAt = at;
  }

  private FieldLocation at() {
    return new FieldLocation(ENTITY, PHONE, id);
  }

  public String getId() {
    return id;
  }

  public String getConversationId() {
    return conversationId;
  }

  public PreferredTime getPreferredTime() {
    return preferredTime;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public boolean isDone() {
    return doneAt != null;
  }
}
