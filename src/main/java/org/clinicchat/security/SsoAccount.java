package org.clinicchat.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A staff member who signed in through the hospital's identity provider, keyed by the staff
 * identity of {@link StaffClaims#staffId()}. It contains the roles of the last sign-in for the
 * access review: the provider, not ClinicChat, manages these accounts.
 */
@Entity
@Table(name = "sso_account")
public class SsoAccount {

  private static final String ROLE_SEPARATOR = ",";

  @Id
  @Column(name = "staff_id", length = 40)
  private String staffId;

  @Column(nullable = false, length = 512)
  private String issuer;

  @Column(nullable = false, length = 255)
  private String subject;

  /** The roles of the last sign-in, separated by commas; empty for none. */
  @Column(nullable = false, length = 200)
  private String roles;

  @Column(name = "first_sign_in", nullable = false)
  private Instant firstSignIn;

  @Column(name = "last_sign_in", nullable = false)
  private Instant lastSignIn;

  protected SsoAccount() {}

  SsoAccount(StaffClaims claims, Instant now) {
    this.staffId = claims.staffId();
    this.issuer = claims.issuer();
    this.subject = claims.subject();
    this.firstSignIn = now;
  }

  void signedIn(Collection<String> signInRoles, Instant now) {
    roles = String.join(ROLE_SEPARATOR, signInRoles);
    lastSignIn = now;
  }

  public String getStaffId() {
    return staffId;
  }

  /** Returns the roles of the last sign-in, in the order of {@link Roles#STAFF}. */
  public List<String> getRoles() {
    List<String> granted = Arrays.asList(roles.split(ROLE_SEPARATOR));
    return Roles.STAFF.stream().filter(granted::contains).toList();
  }

  public Instant getFirstSignIn() {
    return firstSignIn;
  }

  public Instant getLastSignIn() {
    return lastSignIn;
  }
}
