package org.clinicchat.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.security.Roles;

/**
 * The alerts for the dashboard: privacy officers and administrators read and acknowledge them,
 * auditors only read them. Each acknowledgement is audited.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER, Roles.AUDITOR})
public class Alerts {

  /** Maximum length of an acknowledgement note, in characters. */
  static final int MAX_NOTE_LENGTH = 2000;

  static final int PAGE_SIZE = 100;

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject SecurityContext securityContext;

  @Inject AlertEvaluation evaluation;

  private final Clock clock = Clock.systemUTC();

  /** Returns the newest alerts first: only open ones, or all. */
  public List<Alert> newest(boolean openOnly) {
    String filter = openOnly ? " WHERE a.acknowledgedAt IS NULL" : "";
    return entityManager
        .createQuery("SELECT a FROM Alert a" + filter + " ORDER BY a.raisedAt DESC", Alert.class)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** Returns the decrypted acknowledgement note of an alert, or null if it has none. */
  public String note(Alert alert) {
    if (alert.getAcknowledgementNote() == null) {
      return null;
    }
    return fieldEncryption
        .openerFor(alert.getId())
        .open(alert.getAcknowledgementNote(), alert.noteLocation());
  }

  /**
   * Acknowledges an open alert with a note, stored encrypted.
   *
   * @throws InvalidAcknowledgementException if the note is blank or too long, or the alert is
   *     unknown or already acknowledged
   */
  @RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
  @Audited(
      value = AuditAction.ALERT_ACKNOWLEDGED,
      resourceType = "Alert",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void acknowledge(@AuditedResource String alertId, String note) {
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      throw new InvalidAcknowledgementException("Note: say what you found and what you did.");
    }
    if (text.length() > MAX_NOTE_LENGTH) {
      throw new InvalidAcknowledgementException(
          "Note: use at most " + MAX_NOTE_LENGTH + " characters.");
    }
    Alert alert =
        alertId == null
            ? null
            : entityManager.find(Alert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
    if (alert == null) {
      throw new InvalidAcknowledgementException("Alert not found.");
    }
    if (alert.isAcknowledged()) {
      throw new InvalidAcknowledgementException(
          "Alert already acknowledged by " + alert.getAcknowledgedBy() + ".");
    }
    String sealed = fieldEncryption.sealerFor(alert.getId()).seal(text, alert.noteLocation());
    alert.acknowledge(securityContext.getCallerPrincipal().getName(), sealed, Instant.now(clock));
  }

  /** Runs the monitoring now instead of waiting for the scheduled run. */
  @RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
  public AlertEvaluation.Result evaluateNow() {
    return evaluation.run();
  }
}
