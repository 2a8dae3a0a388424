package org.clinicchat.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.IdentityStore.ValidationType;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;

/**
 * Validates credentials against the identity stores like the container's handler, and adds the
 * staff login lockout: a locked user name is rejected without checking the password, failures are
 * counted, and every outcome is audited. A correct password is only the first of two sign-in steps:
 * {@link StaffSignIn} requests the TOTP code next. Patient tokens pass through unchanged.
 *
 * <p>An unknown user name costs one PBKDF2 verification like a known one, so the response time does
 * not tell which user names exist.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class LockoutIdentityStoreHandler implements IdentityStoreHandler {

  private static final Logger LOG = Logger.getLogger(LockoutIdentityStoreHandler.class.getName());

  @Inject @Any Instance<IdentityStore> identityStores;

  @Inject LoginLockout lockout;

  @Inject LoginAudit audit;

  @Inject PasswordHasher passwordHasher;

  @Inject Instance<Pbkdf2PasswordHash> hashes;

  private List<IdentityStore> stores;
  private String decoyHash;

  @PostConstruct
  void init() {
    stores =
        StreamSupport.stream(identityStores.spliterator(), false)
            .sorted(Comparator.comparingInt(IdentityStore::priority))
            .toList();
    decoyHash = passwordHasher.hash("decoy password for unknown users".toCharArray());
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return validateWithStores(credential);
    }
    String username = login.getCaller();
    if (lockout.isLocked(username)) {
      audit.rejectedWhileLocked(username);
      return CredentialValidationResult.INVALID_RESULT;
    }
    CredentialValidationResult result = validateWithStores(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      // The failure count is cleared only after the second factor: clearing it here would let
      // someone who has the password guess codes without ever being locked out.
      audit.passwordVerified(username);
      return result;
    }
    if (!audit.accountExists(username)) {
      spendDecoyVerification(login);
    }
    boolean locked = lockout.recordFailure(username);
    audit.failed(username, locked);
    if (locked) {
      LOG.info("A staff user name was locked out after repeated failed logins");
    }
    return result;
  }

  private CredentialValidationResult validateWithStores(Credential credential) {
    CredentialValidationResult outcome = CredentialValidationResult.NOT_VALIDATED_RESULT;
    for (IdentityStore store : stores) {
      if (!store.validationTypes().contains(ValidationType.VALIDATE)) {
        continue;
      }
      CredentialValidationResult result = store.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return withGroupsFromProviders(result);
      }
      if (result.getStatus() == CredentialValidationResult.Status.INVALID) {
        outcome = result;
      }
    }
    return outcome;
  }

  private CredentialValidationResult withGroupsFromProviders(CredentialValidationResult valid) {
    Set<String> groups = new HashSet<>(valid.getCallerGroups());
    for (IdentityStore store : stores) {
      Set<ValidationType> types = store.validationTypes();
      if (types.contains(ValidationType.PROVIDE_GROUPS)
          && !types.contains(ValidationType.VALIDATE)) {
        groups.addAll(store.getCallerGroups(valid));
      }
    }
    return new CredentialValidationResult(
        valid.getIdentityStoreId(),
        valid.getCallerPrincipal(),
        valid.getCallerDn(),
        valid.getCallerUniqueId(),
        groups);
  }

  private void spendDecoyVerification(UsernamePasswordCredential login) {
    Pbkdf2PasswordHash hash = hashes.get();
    try {
      hash.verify(login.getPassword().getValue(), decoyHash);
    } finally {
      hashes.destroy(hash);
    }
  }
}
