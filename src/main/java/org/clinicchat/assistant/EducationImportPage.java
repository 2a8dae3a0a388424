package org.clinicchat.assistant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the patient-education admin page: the index, its folders and the latest import. */
@Named
@RequestScoped
public class EducationImportPage {

  @Inject EducationImport educationImport;

  @Inject PatientEducation education;

  @Inject FacesContext faces;

  /** Starts an import and confirms it in a message, or shows why it cannot start. */
  public String start() {
    try {
      educationImport.start();
      faces.addMessage(
          null,
          new FacesMessage(
              "Import started. Patients get answers from the current index until it ends."));
    } catch (InvalidImportException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  public EducationImportProgress getProgress() {
    return educationImport.progress().orElse(null);
  }

  /** Returns whether an import runs now, so that the page reloads itself to show progress. */
  public boolean isRunning() {
    EducationImportProgress progress = getProgress();
    return progress != null && progress.status() == EducationImportProgress.Status.RUNNING;
  }

  public int getAnswers() {
    return education.size();
  }

  public String getIndexFolder() {
    return education.indexFolder().map(Object::toString).orElse("not configured");
  }

  public String getMedquadFolder() {
    return education.medquadFolder().map(Object::toString).orElse("not configured");
  }
}
