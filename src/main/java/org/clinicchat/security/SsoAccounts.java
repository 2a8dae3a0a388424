package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/** Records each sign-in through the identity provider in {@link SsoAccount}. */
@ApplicationScoped
public class SsoAccounts {

  @PersistenceContext EntityManager entityManager;

  /** Stores the roles and time of a sign-in, adding the account at its first sign-in. */
  @Transactional
  public void recordSignIn(StaffClaims claims, Set<String> roles, Instant now) {
    SsoAccount account =
        entityManager.find(SsoAccount.class, claims.staffId(), LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      account = new SsoAccount(claims, now);
      account.signedIn(roles, now);
      entityManager.persist(account);
      return;
    }
    account.signedIn(roles, now);
  }
}
