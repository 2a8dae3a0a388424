package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The staff identity store: passwords checked against the staff accounts table. {@link StaffSignIn}
 * requests the password on the login form, then the TOTP code.
 *
 * <p>Passwords are PBKDF2-HMAC-SHA256 hashes with 600,000 iterations and a 32-byte salt, the OWASP
 * Password Storage Cheat Sheet figure for that algorithm (2023). {@link PasswordHasher} writes
 * hashes with the same parameters.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "jdbc/clinicchat",
    callerQuery = "SELECT password_hash FROM staff_account WHERE username = ? AND enabled = TRUE",
    groupsQuery = "SELECT role FROM staff_role WHERE username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
      "Pbkdf2PasswordHash.Iterations=" + PasswordHasher.ITERATIONS,
      "Pbkdf2PasswordHash.SaltSizeBytes=" + PasswordHasher.SALT_BYTES,
      "Pbkdf2PasswordHash.KeySizeBytes=" + PasswordHasher.KEY_BYTES
    })
public class StaffAuthenticationConfig {}
