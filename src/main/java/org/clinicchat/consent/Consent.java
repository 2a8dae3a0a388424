package org.clinicchat.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A visitor's agreement to a consent notice for one purpose. It records the notice version, the
 * purpose, the time and a random visitor pseudonym; no IP address and nothing else about the
 * visitor. A revoked consent is kept, with the time of revocation, as the record of the decision.
 */
@Entity
@Table(name = "consent", indexes = @Index(name = "consent_visitor", columnList = "visitor"))
public class Consent {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 36)
  private String visitor;

  @Column(name = "notice_version", nullable = false, length = 40)
  private String noticeVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Purpose purpose;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected Consent() {}

  Consent(String noticeVersion, Purpose purpose, Instant grantedAt) {
    this.id = UUID.randomUUID().toString();
    this.visitor = UUID.randomUUID().toString();
    this.noticeVersion = noticeVersion;
    this.purpose = purpose;
    this.grantedAt = grantedAt;
  }

  /** Returns whether this consent covers the purpose for the visitor now. */
  boolean covers(String visitorPseudonym, Purpose requested) {
    return revokedAt == null && purpose == requested && visitor.equals(visitorPseudonym);
  }

  void revoke(Instant when) {
    if (revokedAt == null) {
      revokedAt = when;
    }
  }

  public String getId() {
    return id;
  }

  public String getVisitor() {
    return visitor;
  }

  public String getNoticeVersion() {
    return noticeVersion;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
