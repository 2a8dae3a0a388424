package org.clinicchat.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the one-time setup page that creates the first administrator. */
@Named
@RequestScoped
public class FirstAdministrator {

  @Inject AdministratorSetup setup;

  @Inject FacesContext faces;

  private String code;
  private String username;
  private String password;
  private String confirmation;
  private boolean created;

  /** Creates the administrator if the code and the account are valid. */
  public String create() {
    try {
      if (password == null || !password.equals(confirmation)) {
        throw new InvalidStaffAccountException("The two passwords differ.");
      }
      setup.createAdministrator(code, username, password.toCharArray());
      created = true;
    } catch (InvalidStaffAccountException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } finally {
      password = null;
      confirmation = null;
    }
    return null;
  }

  /** Returns whether setup is closed, because an administrator exists. */
  public boolean isClosed() {
    return setup.isDone();
  }

  public boolean isCreated() {
    return created;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
