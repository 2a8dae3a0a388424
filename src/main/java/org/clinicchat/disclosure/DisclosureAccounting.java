package org.clinicchat.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Backs the disclosures page: records a disclosure from the form, and shows the report of the
 * patient named in the {@code patient} query parameter. A rejected entry keeps what was typed.
 */
@Named
@RequestScoped
public class DisclosureAccounting {

  @Inject DisclosureLedger ledger;

  @Inject FacesContext faces;

  private String patient;
  private String disclosedOn;
  private String recipient;
  private String description;
  private DisclosurePurpose purpose;
  private String reportPatient;
  private DisclosureReport report;

  /** Records the disclosure the form describes, and reports the outcome on the page. */
  public String record() {
    try {
      ledger.record(patient, date(disclosedOn), recipient, description, purpose);
      faces.addMessage(null, new FacesMessage("Disclosure recorded for " + patient.strip() + "."));
      recipient = null;
      description = null;
      purpose = null;
      disclosedOn = null;
    } catch (InvalidDisclosureException e) {
      error(e.getMessage());
    }
    return null;
  }

  /** Produces the report of the patient in the view parameter, if one is given. */
  public void loadReport() {
    if (reportPatient == null || reportPatient.isBlank()) {
      return;
    }
    try {
      report = ledger.report(reportPatient);
    } catch (InvalidDisclosureException e) {
      error(e.getMessage());
    }
  }

  /** Returns the CSV download's query string for the report shown. */
  public String getCsvQuery() {
    return report == null
        ? ""
        : "patient=" + URLEncoder.encode(report.patientReference(), StandardCharsets.UTF_8);
  }

  public DisclosurePurpose[] getPurposes() {
    return DisclosurePurpose.values();
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidDisclosureException("Date: use the form 2026-12-04.");
    }
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public DisclosureReport getReport() {
    return report;
  }

  public String getPatient() {
    return patient;
  }

  public void setPatient(String patient) {
    this.patient = patient;
  }

  public String getDisclosedOn() {
    return disclosedOn;
  }

  public void setDisclosedOn(String disclosedOn) {
    this.disclosedOn = disclosedOn;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public DisclosurePurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(DisclosurePurpose purpose) {
    this.purpose = purpose;
  }

  public String getReportPatient() {
    return reportPatient;
  }

  public void setReportPatient(String reportPatient) {
    this.reportPatient = reportPatient;
  }
}
