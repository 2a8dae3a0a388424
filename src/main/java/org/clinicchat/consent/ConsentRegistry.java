package org.clinicchat.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;

/** Records consent decisions and reports whether a consent is in force. */
@ApplicationScoped
public class ConsentRegistry {

  @PersistenceContext EntityManager entityManager;

  @Inject ConsentNotice notice;

  private final Clock clock = Clock.systemUTC();

  /**
   * Records a visitor's agreement to the current notice for a purpose, under a new visitor
   * pseudonym.
   *
   * @throws OutdatedNoticeException if the visitor saw another version of the notice
   */
  @Transactional
  @Audited(
      value = AuditAction.CONSENT_GRANTED,
      resourceType = "Consent",
      purpose = AccessPurpose.PATIENT_REQUEST)
  public GrantedConsent grant(String noticeVersion, Purpose purpose) {
    if (!notice.isCurrent(noticeVersion)) {
      throw new OutdatedNoticeException(noticeVersion, notice.version());
    }
    Consent consent = new Consent(noticeVersion, purpose, Instant.now(clock));
    entityManager.persist(consent);
    return new GrantedConsent(consent.getId(), consent.getVisitor(), purpose);
  }

  /** Revokes a consent of the visitor; nothing new is processed under it afterwards. */
  @Transactional
  @Audited(
      value = AuditAction.CONSENT_REVOKED,
      resourceType = "Consent",
      purpose = AccessPurpose.PATIENT_REQUEST)
  public void revoke(@AuditedResource String consentId, String visitor) {
    Consent consent = entityManager.find(Consent.class, consentId);
    if (consent != null && consent.getVisitor().equals(visitor)) {
      consent.revoke(Instant.now(clock));
    }
  }

  /**
   * Returns the consent in force that a patient token names, for a new token with a fresh expiry.
   * The consent interceptor has already rejected a revoked or outdated consent.
   */
  @Audited(
      value = AuditAction.PATIENT_TOKEN_RENEWED,
      resourceType = "Consent",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired
  public GrantedConsent renew(@AuditedResource String consentId, String visitor) {
    Consent consent = entityManager.find(Consent.class, consentId);
    return new GrantedConsent(consent.getId(), visitor, consent.getPurpose());
  }

  /**
   * Returns whether the consent exists, belongs to the visitor, covers the purpose, is not revoked,
   * and agreed to the notice in force.
   */
  public Standing standing(String consentId, String visitor, Purpose purpose) {
    Consent consent = entityManager.find(Consent.class, consentId);
    if (consent == null || visitor == null || !consent.covers(visitor, purpose)) {
      return Standing.MISSING;
    }
    return notice.isCurrent(consent.getNoticeVersion()) ? Standing.ACTIVE : Standing.NOTICE_CHANGED;
  }

  /** Whether a consent allows processing now. */
  public enum Standing {
    ACTIVE,
    MISSING,
    NOTICE_CHANGED
  }
}
