package org.clinicchat.breach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs the breach register page: lists real incidents and drills apart, with their deadlines, and
 * records a suspected incident from the form, then opens it. A rejected entry keeps what was typed.
 */
@Named
@RequestScoped
public class BreachIncidents {

  @Inject BreachRegister register;

  @Inject FacesContext faces;

  private String discoveredOn;
  private String breachOn;
  private String description;
  private String systemsInvolved;
  private boolean drill;
  private List<IncidentSummary> incidents;

  /** Records the incident the form describes and opens its page, or shows why it was rejected. */
  public String record() {
    try {
      RecordedIncident recorded =
          register.record(
              new NewIncident(
                  PageInput.date(discoveredOn, "Discovered on"),
                  PageInput.date(breachOn, "Date of the breach"),
                  description,
                  systemsInvolved,
                  drill));
      return "incident.xhtml?faces-redirect=true&id=" + recorded.id();
    } catch (InvalidIncidentException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  /** Returns the real incidents, the most recently discovered first. */
  public List<IncidentSummary> getIncidents() {
    return all().stream().filter(incident -> !incident.drill()).toList();
  }

  /** Returns the drills, the record of practice runs. */
  public List<IncidentSummary> getDrills() {
    return all().stream().filter(IncidentSummary::drill).toList();
  }

  private List<IncidentSummary> all() {
    if (incidents == null) {
      incidents = register.list();
    }
    return incidents;
  }

  public LocalDate getToday() {
    return register.today();
  }

  public String getZone() {
    return register.zone().getId();
  }

  public String getDiscoveredOn() {
    return discoveredOn;
  }

  public void setDiscoveredOn(String discoveredOn) {
    this.discoveredOn = discoveredOn;
  }

  public String getBreachOn() {
    return breachOn;
  }

  public void setBreachOn(String breachOn) {
    this.breachOn = breachOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSystemsInvolved() {
    return systemsInvolved;
  }

  public void setSystemsInvolved(String systemsInvolved) {
    this.systemsInvolved = systemsInvolved;
  }

  public boolean isDrill() {
    return drill;
  }

  public void setDrill(boolean drill) {
    this.drill = drill;
  }
}
