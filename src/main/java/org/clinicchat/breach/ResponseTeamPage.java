package org.clinicchat.breach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Backs the incident response team page: the members, adding one and removing one. */
@Named
@RequestScoped
public class ResponseTeamPage {

  @Inject ResponseTeam team;

  @Inject FacesContext faces;

  private String role = ResponseRole.INCIDENT_LEAD.name();
  private String name = "";
  private String phone = "";
  private String email = "";

  /** Adds the member of the form, or shows what to correct and keeps the form. */
  public String add() {
    try {
      team.add(role, name, phone, email);
      inform("Added " + name.strip() + " to the incident response team.");
      name = "";
      phone = "";
      email = "";
    } catch (InvalidIncidentException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  /** Removes a member. */
  public String remove(String contactId) {
    try {
      team.remove(contactId);
      inform("Removed the member from the incident response team.");
    } catch (InvalidIncidentException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  public List<ResponseContact> getMembers() {
    return team.members();
  }

  public ResponseRole[] getRoles() {
    return ResponseRole.values();
  }

  /** Returns the labels of the required roles without a member, or an empty text. */
  public String getMissingRoles() {
    Set<ResponseRole> missing = team.missingRoles();
    return missing.stream().map(ResponseRole::label).collect(Collectors.joining(", "));
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? "" : name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone == null ? "" : phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? "" : email;
  }

  private void inform(String text) {
    faces.addMessage(null, new FacesMessage(text));
  }
}
