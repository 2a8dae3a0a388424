package org.clinicchat.rightofaccess;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Backs the access requests page: records a request, and extends, denies or fulfils the one named
 * in the action form. Fulfilling sends the patient's copy as a download. A rejected form keeps what
 * was typed and shows the reason.
 */
@Named
@RequestScoped
public class AccessRequests {

  @Inject AccessRequestRegister register;

  @Inject FacesContext faces;

  private String patient;
  private LocalDate receivedOn;
  private CopyFormat format;
  private String request;
  private String reason;
  private List<AccessRequestRow> rows;

  /** Records the request the form describes. */
  public String record() {
    try {
      RecordedAccessRequest recorded = register.record(patient, receivedOn, format);
      info("Access request " + recorded.id() + " recorded.");
      patient = null;
      receivedOn = null;
      format = null;
    } catch (InvalidAccessRequestException e) {
      error(e.getMessage());
    }
    return null;
  }

  /** Extends the deadline of the request in the action form by 30 days. */
  public String extend() {
    return act(id -> register.extend(id, reason), "Deadline extended by 30 days.");
  }

  /** Denies the request in the action form. */
  public String deny() {
    return act(id -> register.deny(id, reason), "Request denied.");
  }

  /** Fulfils the request in the action form and sends the patient's copy as a download. */
  public String fulfil() {
    try {
      download(register.fulfil(request));
    } catch (InvalidAccessRequestException e) {
      error(e.getMessage());
    }
    return null;
  }

  private String act(Consumer<String> action, String done) {
    try {
      action.accept(request);
      info(done);
      reason = null;
    } catch (InvalidAccessRequestException e) {
      error(e.getMessage());
    }
    return null;
  }

  private void download(AccessCopy copy) {
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(copy.contentType());
    external.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + copy.fileName() + "\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try {
      external.getResponseOutputWriter().write(copy.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Sending the copy " + copy.fileName() + " failed", e);
    }
    faces.responseComplete();
  }

  /** Returns the register, read once per request. */
  public List<AccessRequestRow> getRows() {
    if (rows == null) {
      rows = register.list();
    }
    return rows;
  }

  public CopyFormat[] getFormats() {
    return CopyFormat.values();
  }

  private void info(String message) {
    faces.addMessage(null, new FacesMessage(message));
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getPatient() {
    return patient;
  }

  public void setPatient(String patient) {
    this.patient = patient;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public CopyFormat getFormat() {
    return format;
  }

  public void setFormat(CopyFormat format) {
    this.format = format;
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
