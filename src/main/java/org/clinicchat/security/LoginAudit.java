package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;

/**
 * Audits staff logins. The attempted user name is recorded only when such an account exists: a user
 * name that matches no account may be a password typed into the wrong field.
 */
@ApplicationScoped
public class LoginAudit {

  static final String RESOURCE_TYPE = "StaffAccount";
  static final String UNKNOWN_USER = "unknown-user";

  @PersistenceContext EntityManager entityManager;

  @Inject AuditTrail auditTrail;

  /** Records a correct password, the first of the two sign-in steps. */
  void passwordVerified(String username) {
    record(AuditAction.PASSWORD_VERIFIED, username, AuditOutcome.SUCCESS);
  }

  void failed(String username, boolean locked) {
    record(AuditAction.LOGIN_FAILED, username, AuditOutcome.FAILURE);
    if (locked) {
      record(AuditAction.ACCOUNT_LOCKED, username, AuditOutcome.SUCCESS);
    }
  }

  void rejectedWhileLocked(String username) {
    record(AuditAction.LOGIN_REJECTED_LOCKED, username, AuditOutcome.FAILURE);
  }

  /** Returns whether a staff account has this user name. */
  boolean accountExists(String username) {
    return entityManager
            .createQuery(
                "SELECT COUNT(a) FROM StaffAccount a WHERE a.username = :username", Long.class)
            .setParameter("username", username)
            .getSingleResult()
        > 0;
  }

  private void record(AuditAction action, String username, AuditOutcome outcome) {
    String known = accountExists(username) ? username : UNKNOWN_USER;
    auditTrail.record(
        action, RESOURCE_TYPE, known, AccessPurpose.HEALTHCARE_OPERATIONS, outcome, known);
  }
}
