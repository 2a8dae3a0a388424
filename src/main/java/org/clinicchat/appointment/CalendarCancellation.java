package org.clinicchat.appointment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs the page on which the front desk cancels an appointment on the patient's behalf. The
 * reference travels as the request parameter {@code reference}, in the link from the calendar and
 * in the form.
 */
@Named
@RequestScoped
public class CalendarCancellation {

  @Inject FacesContext faces;

  @Inject StaffCalendar calendar;

  private BookedAppointment cancelled;

  /** Returns the reference the page is about, as requested. */
  public String getReference() {
    return faces.getExternalContext().getRequestParameterMap().get("reference");
  }

  /** Returns the appointment this request cancelled, or null before the form is sent. */
  public BookedAppointment getCancelled() {
    return cancelled;
  }

  /** Cancels the appointment and shows the outcome on the same page. */
  public String cancel() {
    try {
      cancelled = calendar.cancelForPatient(getReference());
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "Appointment " + cancelled.reference() + " is cancelled and its slot is free again.",
              null));
    } catch (AppointmentException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }
}
