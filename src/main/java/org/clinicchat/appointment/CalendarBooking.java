package org.clinicchat.appointment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.clinicchat.patient.InvalidPatientIdentityException;

/**
 * Backs the page on which the front desk books an appointment on a patient's behalf. The patient is
 * identified by contact, name and date of birth, and the start is a wall-clock time in the clinic's
 * zone.
 */
@Named
@RequestScoped
public class CalendarBooking {

  @Inject FacesContext faces;

  @Inject StaffCalendar calendar;

  @Inject ClinicSchedules schedules;

  private String contact;
  private String name;
  private String dateOfBirth;
  private String provider;
  private String visitType;
  private String start;
  private String reason;
  private BookedAppointment booked;

  /** Returns the providers that can be booked. */
  public List<Provider> getProviders() {
    return schedules.current().providers();
  }

  /** Returns the visit types that can be booked. */
  public List<VisitType> getVisitTypes() {
    return schedules.current().visitTypes();
  }

  /** Books the slot and shows the outcome on the same page. */
  public String book() {
    try {
      booked =
          calendar.bookForPatient(
              new StaffCalendar.PatientDetails(contact, name, LocalDate.parse(dateOfBirth)),
              new SlotRequest(provider, visitType, startInstant()),
              reason);
      inform(
          FacesMessage.SEVERITY_INFO,
          "Appointment " + booked.reference() + " is booked for " + booked.startText() + ".");
    } catch (DateTimeParseException e) {
      inform(
          FacesMessage.SEVERITY_ERROR,
          "Write the date of birth as YYYY-MM-DD and the start as YYYY-MM-DDTHH:MM.");
    } catch (AppointmentException | InvalidPatientIdentityException e) {
      inform(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return null;
  }

  /**
   * Converts the wall-clock start to an instant in the clinic's zone.
   *
   * <p>NOTE: in the hour repeated in autumn this picks the earlier instant (EDT), so the later one
   * cannot be booked on this page.
   */
  private Instant startInstant() {
    return LocalDateTime.parse(start).atZone(calendar.zone()).toInstant();
  }

  private void inform(FacesMessage.Severity severity, String message) {
    faces.addMessage(null, new FacesMessage(severity, message, null));
  }

  public BookedAppointment getBooked() {
    return booked;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public String getVisitType() {
    return visitType;
  }

  public void setVisitType(String visitType) {
    this.visitType = visitType;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
