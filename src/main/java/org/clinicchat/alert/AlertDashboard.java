package org.clinicchat.alert;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the alert dashboard: lists open alerts, or all with {@code ?all=true}, and acknowledges one
 * with a note. The form posts the alert's id, and a rejected note is reported on the page and kept
 * in the form.
 */
@Named
@RequestScoped
public class AlertDashboard {

  @Inject Alerts alerts;

  @Inject FacesContext faces;

  private boolean all;
  private String note;
  private List<Alert> listed;

  /** Returns the alerts the page shows, newest first. */
  public List<Alert> getAlerts() {
    if (listed == null) {
      listed = alerts.newest(!all);
    }
    return listed;
  }

  /** Returns the decrypted note of an acknowledged alert. */
  public String note(Alert alert) {
    return alerts.note(alert);
  }

  /** Acknowledges the alert named by the form, and reports the outcome on the page. */
  public String acknowledge() {
    try {
      String alertId = faces.getExternalContext().getRequestParameterMap().get("alertId");
      alerts.acknowledge(alertId, note);
      faces.addMessage(null, new FacesMessage("Alert acknowledged."));
      note = null;
      listed = null;
    } catch (InvalidAcknowledgementException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
