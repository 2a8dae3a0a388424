package org.clinicchat.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.clinicchat.audit.chain.AuditRecord;

/**
 * One access to PHI or one security-relevant act: who did what to which resource, why, when, from
 * which client, and whether it succeeded. Events never contain message text or other PHI; the
 * resource is named by its opaque id only. Events are only ever inserted.
 *
 * <p>Each event is sealed into the audit hash chain before it is stored: it carries the previous
 * event's hash, its own hash and an HMAC (see {@link org.clinicchat.audit.chain.AuditSeal}). Its
 * sequence number comes from the chain head, one more than the previous event's, so numbers have no
 * gaps. The shared cache is off so that verification reads what the database holds.
 */
@Entity
@Cacheable(false)
@Table(
    name = "audit_event",
    indexes = {
      @Index(name = "audit_event_occurred_at", columnList = "occurred_at"),
      @Index(name = "audit_event_resource", columnList = "resource_id")
    })
public class AuditEvent {

  /** Maximum length of a stored resource id. */
  static final int MAX_RESOURCE_ID_LENGTH = 100;

  /**
   * The shape of a resource id that is stored as given: a UUID or a user name. Ids can come from
   * the caller, such as a conversation id in a URL, and free text there may be PHI.
   */
  private static final Pattern RESOURCE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** Stored in place of a caller-supplied id that is not id-shaped. */
  static final String INVALID_RESOURCE_ID = "(invalid id)";

  @Id
  @Column(name = "seq_no")
  private Long sequence;

  // Microseconds on every database, because the seal covers the time: EclipseLink's default on
  // MariaDB is a TIMESTAMP of whole seconds. H2 2.x and MariaDB both accept DATETIME(6).
  @Column(name = "occurred_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant occurredAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(name = "actor_role", nullable = false, length = 40)
  private String actorRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AuditAction action;

  @Column(name = "resource_type", length = 40)
  private String resourceType;

  @Column(name = "resource_id", length = MAX_RESOURCE_ID_LENGTH)
  private String resourceId;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private AccessPurpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AuditOutcome outcome;

  @Column(name = "client_channel", length = 10)
  private String clientChannel;

  @Column(name = "client_address", length = 45)
  private String clientAddress;

  @Column(name = "client_agent", length = 40)
  private String clientAgent;

  @Column(name = "previous_hash", length = 64)
  private String previousHash;

  @Column(name = "event_hash", length = 64)
  private String eventHash;

  @Column(length = 64)
  private String mac;

  protected AuditEvent() {}

  AuditEvent(
      long sequence,
      Instant occurredAt,
      String actor,
      String actorRole,
      AuditAction action,
      String resourceType,
      String resourceId,
      AccessPurpose purpose,
      AuditOutcome outcome,
      ClientDetails client) {
    this.sequence = sequence;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.actorRole = actorRole;
    this.action = action;
    this.resourceType = resourceType;
    this.resourceId = safeResourceId(resourceId);
    this.purpose = purpose;
    this.outcome = outcome;
    this.clientChannel = client.channel();
    this.clientAddress = client.address();
    this.clientAgent = client.agent();
  }

  /** Returns the event's fields and seal in the form the chain verifies. */
  public AuditRecord toRecord() {
    return new AuditRecord(
        sequence,
        occurredAt,
        actor,
        actorRole,
        action.name(),
        resourceType,
        resourceId,
        purpose == null ? null : purpose.name(),
        outcome.name(),
        clientChannel,
        clientAddress,
        clientAgent,
        previousHash,
        eventHash,
        mac);
  }

  /** Stores the seal that the chain computed for this event's fields. */
  void seal(AuditRecord sealed) {
    if (sealed.sequence() != sequence) {
      throw new IllegalArgumentException("The seal belongs to another event");
    }
    this.previousHash = sealed.previousHash();
    this.eventHash = sealed.eventHash();
    this.mac = sealed.mac();
  }

  private static String safeResourceId(String resourceId) {
    if (resourceId == null || RESOURCE_ID.matcher(resourceId).matches()) {
      return resourceId;
    }
    return INVALID_RESOURCE_ID;
  }

  public Long getSequence() {
    return sequence;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getActorRole() {
    return actorRole;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getResourceType() {
    return resourceType;
  }

  public String getResourceId() {
    return resourceId;
  }

  public AccessPurpose getPurpose() {
    return purpose;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public String getClientChannel() {
    return clientChannel;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getClientAgent() {
    return clientAgent;
  }

  public String getEventHash() {
    return eventHash;
  }
}
