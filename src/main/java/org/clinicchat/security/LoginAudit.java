package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Audits staff logins. The attempted user name is recorded only when such an account exists: a user
 * name that matches no account may be a password typed into the wrong field.
 */
@ApplicationScoped
public class LoginAudit {

  static final String UNKNOWN_USER = "unknown-user";

  @PersistenceContext EntityManager entityManager;

  @Inject SignInEvents events;

  /** Records a correct password, the first of the two sign-in steps. */
  void passwordVerified(String username) {
    events.passwordVerified(nameToRecord(username));
  }

  void failed(String username, boolean locked) {
    String known = nameToRecord(username);
    events.loginFailed(known);
    if (locked) {
      events.accountLocked(known);
    }
  }

  void rejectedWhileLocked(String username) {
    events.rejectedWhileLocked(nameToRecord(username));
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

  private String nameToRecord(String username) {
    return accountExists(username) ? username : UNKNOWN_USER;
  }
}
