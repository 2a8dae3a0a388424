package org.clinicchat.appointment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs the schedule page: shows the providers and edits the weekly hours and closures of the
 * current schedule as lines of text, then publishes them as a new version. A rejected form keeps
 * what the administrator typed. The service it calls allows administrators only.
 */
@Named
@ViewScoped
public class ScheduleEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  private int version;
  private String weeklyHours = "";
  private String closures = "";

  @PostConstruct
  void load() {
    ScheduleEditing editing = editing();
    ClinicSchedule current = editing.current();
    version = editing.currentVersion();
    weeklyHours = ScheduleLines.writeHours(current.weeklyHours());
    closures = ScheduleLines.writeClosures(current.closures());
  }

  /** Publishes the form as the next version, or shows what to correct and keeps the form. */
  public String publish() {
    try {
      int published =
          editing()
              .publish(ScheduleLines.readHours(weeklyHours), ScheduleLines.readClosures(closures))
              .number();
      load();
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  "Published schedule version " + published + ". New slots follow it now."));
    } catch (InvalidScheduleException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  /** Returns the providers whose ids the weekly hours and closures name. */
  public List<Provider> getProviders() {
    return editing().current().providers();
  }

  // Looked up on each use: a view-scoped bean is serialized with the session, and the service is
  // an application-scoped bean that need not be.
  private static ScheduleEditing editing() {
    return CDI.current().select(ScheduleEditing.class).get();
  }

  public int getVersion() {
    return version;
  }

  public String getWeeklyHours() {
    return weeklyHours;
  }

  public void setWeeklyHours(String weeklyHours) {
    this.weeklyHours = weeklyHours == null ? "" : weeklyHours;
  }

  public String getClosures() {
    return closures;
  }

  public void setClosures(String closures) {
    this.closures = closures == null ? "" : closures;
  }
}
