package org.clinicchat.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/** Backs the staff accounts page: lists accounts and creates one. */
@Named
@RequestScoped
public class StaffAccounts {

  private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());

  @Inject StaffDirectory directory;

  @Inject FacesContext faces;

  private String username;
  private String password;
  // Mutable: Faces fills the checkbox values into the list it gets from the getter.
  private List<String> roles = new ArrayList<>();
  private List<StaffAccount> accounts;

  /** Creates the account described by the form, and reports the outcome on the page. */
  public String create() {
    try {
      Set<String> chosen = new HashSet<>(roles);
      char[] secret = password == null ? new char[0] : password.toCharArray();
      directory.create(new NewStaffAccount(username, secret, chosen));
      LOG.info(() -> "Staff account created with roles " + chosen);
      faces.addMessage(null, new FacesMessage("Account " + username + " created."));
      username = null;
      accounts = null;
    } catch (InvalidStaffAccountException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } finally {
      password = null;
    }
    return null;
  }

  /** Ends the lockout of an account and reports it on the page. */
  public String unlock(String account) {
    directory.unlock(account);
    faces.addMessage(null, new FacesMessage("Account " + account + " unlocked."));
    return null;
  }

  /** Disables an account, which ends its sessions, and reports it on the page. */
  public String disable(String account) {
    try {
      directory.disable(account);
      faces.addMessage(null, new FacesMessage("Account " + account + " disabled."));
      accounts = null;
    } catch (InvalidStaffAccountException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  /** Resets the two-step sign-in of an account and reports it on the page. */
  public String resetSecondFactor(String account) {
    directory.resetSecondFactor(account);
    faces.addMessage(
        null,
        new FacesMessage(
            "Two-step sign-in of " + account + " reset: it enrols again at the next sign-in."));
    return null;
  }

  /** Returns whether an account has set up its two-step sign-in. */
  public boolean isEnrolled(String account) {
    return directory.isEnrolled(account);
  }

  /** Returns when the lockout of an account ends, or null if it is not locked. */
  public Instant lockedUntil(String account) {
    return directory.lockedUntil(account);
  }

  /** Returns every account, read once per request. */
  public List<StaffAccount> getAccounts() {
    if (accounts == null) {
      accounts = directory.all();
    }
    return accounts;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }
}
