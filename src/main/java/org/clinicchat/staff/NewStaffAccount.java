package org.clinicchat.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicchat.security.CommonPasswords;
import org.clinicchat.security.Roles;

/**
 * A staff account to create, checked on construction: a user name of 3 to 64 letters, digits, dots,
 * hyphens or underscores; a password of at least 12 characters that is not a common or breached
 * password ({@link CommonPasswords}); one or more known roles.
 */
public record NewStaffAccount(String username, char[] password, Set<String> roles) {

  /** Minimum password length in characters, the NIST SP 800-63B minimum for a chosen password. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private static final int MAX_PASSWORD_LENGTH = 128;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
  // A list, not a set: the rejection message names the roles in this order on every run.
  private static final List<String> STAFF_ROLES = Roles.STAFF;

  public NewStaffAccount {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new InvalidStaffAccountException(
          "User name must be 3 to 64 letters, digits, dots, hyphens or underscores.");
    }
    if (password == null || password.length < MIN_PASSWORD_LENGTH) {
      throw new InvalidStaffAccountException(
          "Password must be at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new InvalidStaffAccountException(
          "Password must be at most " + MAX_PASSWORD_LENGTH + " characters.");
    }
    String common = CommonPasswords.rejectionReason(password, username);
    if (common != null) {
      throw new InvalidStaffAccountException(common);
    }
    if (roles == null || roles.isEmpty() || !STAFF_ROLES.containsAll(roles)) {
      throw new InvalidStaffAccountException(
          "Choose one or more of the roles " + STAFF_ROLES + ".");
    }
    roles = Set.copyOf(roles);
  }

  /** Overwrites the password in memory once it is hashed. */
  void clearPassword() {
    Arrays.fill(password, '\0');
  }
}
