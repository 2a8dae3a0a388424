package org.clinicchat.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.security.LoginLockout;
import org.clinicchat.security.PasswordHasher;
import org.clinicchat.security.Roles;
import org.clinicchat.security.SecondFactor;
import org.clinicchat.security.StaffSessions;

/** Creates and lists staff accounts; only administrators may. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffDirectory {

  @PersistenceContext EntityManager entityManager;

  @Inject PasswordHasher passwordHasher;

  @Inject LoginLockout lockout;

  @Inject SecondFactor secondFactor;

  @Inject StaffSessions sessions;

  @Inject SecurityContext context;

  private final Clock clock = Clock.systemUTC();

  /** Creates an account, or throws {@link InvalidStaffAccountException} if the name is taken. */
  @Audited(
      value = AuditAction.STAFF_ACCOUNT_CREATED,
      resourceType = "StaffAccount",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public StaffAccount create(NewStaffAccount account) {
    return store(entityManager, passwordHasher, account, Instant.now(clock));
  }

  /** Ends the login lockout of an account, so its owner can sign in again at once. */
  @Audited(
      value = AuditAction.ACCOUNT_UNLOCKED,
      resourceType = "StaffAccount",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void unlock(@AuditedResource String username) {
    lockout.clear(username);
  }

  /**
   * Disables an account: its password no longer signs in, and its sessions on this server end at
   * once.
   */
  @Audited(
      value = AuditAction.ACCOUNT_DISABLED,
      resourceType = "StaffAccount",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void disable(@AuditedResource String username) {
    StaffAccount account = entityManager.find(StaffAccount.class, username);
    if (account == null) {
      throw new InvalidStaffAccountException("No account has the user name " + username + ".");
    }
    if (username.equals(callerName())) {
      throw new InvalidStaffAccountException(
          "You cannot disable your own account. Ask another administrator to do it.");
    }
    if (account.isEnabled()
        && account.getRoles().contains(Roles.ADMIN)
        && enabledAdministrators() <= 1) {
      throw new InvalidStaffAccountException(
          "Account "
              + username
              + " is the last enabled administrator. Create another administrator first.");
    }
    account.disable();
    sessions.endAll(username);
  }

  private String callerName() {
    return context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
  }

  private long enabledAdministrators() {
    return entityManager
        .createQuery("SELECT a FROM StaffAccount a WHERE a.enabled = TRUE", StaffAccount.class)
        .getResultList()
        .stream()
        .filter(account -> account.getRoles().contains(Roles.ADMIN))
        .count();
  }

  /**
   * Deletes an account's TOTP secret and recovery codes and ends its sessions, so its owner enrols
   * a new phone at the next sign-in.
   */
  @Audited(
      value = AuditAction.MFA_RESET,
      resourceType = "StaffAccount",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void resetSecondFactor(@AuditedResource String username) {
    secondFactor.reset(username);
    sessions.endAll(username);
  }

  /** Returns whether an account has enrolled its TOTP secret. */
  public boolean isEnrolled(String username) {
    return secondFactor.isEnrolled(username);
  }

  /** Returns when the login lockout of an account ends, or null if it is not locked. */
  public Instant lockedUntil(String username) {
    return lockout.lockedUntil(username);
  }

  /** Returns every account, by user name. */
  public List<StaffAccount> all() {
    return entityManager
        .createQuery("SELECT a FROM StaffAccount a ORDER BY a.username", StaffAccount.class)
        .getResultList();
  }

  static StaffAccount store(
      EntityManager entityManager, PasswordHasher hasher, NewStaffAccount account, Instant now) {
    if (entityManager.find(StaffAccount.class, account.username()) != null) {
      throw new InvalidStaffAccountException("User name is already taken.");
    }
    String hash = hasher.hash(account.password());
    account.clearPassword();
    StaffAccount created = new StaffAccount(account.username(), hash, account.roles(), now);
    entityManager.persist(created);
    return created;
  }
}
