package org.clinicchat.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One access to PHI or one security-relevant act: who did what to which resource, when, and whether
 * it succeeded. Events never contain message text or other PHI; the resource is named by its opaque
 * id only. Events are only ever inserted.
 */
@Entity
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
  // One number at a time from a table, so numbers follow the order of insertion on every database
  // and across instances; H2 2.x rejects the IDENTITY column that EclipseLink generates for it.
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_sequence")
  @TableGenerator(name = "audit_sequence", table = "id_sequence", allocationSize = 1)
  @Column(name = "seq_no")
  private Long sequence;

  @Column(name = "occurred_at", nullable = false)
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
  @Column(nullable = false, length = 10)
  private AuditOutcome outcome;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String actor,
      String actorRole,
      AuditAction action,
      String resourceType,
      String resourceId,
      AuditOutcome outcome) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.actorRole = actorRole;
    this.action = action;
    this.resourceType = resourceType;
    this.resourceId = safeResourceId(resourceId);
    this.outcome = outcome;
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

  public AuditOutcome getOutcome() {
    return outcome;
  }
}
