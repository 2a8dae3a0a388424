package org.clinicchat.selfassessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Backs the self-assessment page: the checks, run once per request, and the form to record a backup
 * restore test.
 */
@Named
@RequestScoped
public class SelfAssessmentPage {

  @Inject SelfAssessment assessment;

  @Inject RestoreTests restoreTests;

  @Inject FacesContext faces;

  @Inject HttpServletRequest request;

  private List<SecurityCheck> checks;
  private String testedOn = "";
  private String note = "";

  /** Returns the results of every check, run once per request. */
  public List<SecurityCheck> getChecks() {
    if (checks == null) {
      checks = assessment.run(ClientConnection.of(request));
    }
    return checks;
  }

  /** Returns how many checks failed. */
  public long getFailures() {
    return getChecks().stream().filter(check -> !check.passed()).count();
  }

  /** Records a restore test from the form, or shows what to correct and keeps the form. */
  public String recordRestoreTest() {
    try {
      restoreTests.record(testedOn, note);
      faces.addMessage(null, new FacesMessage("Recorded the restore test of " + testedOn + "."));
      testedOn = "";
      note = "";
    } catch (InvalidRestoreTestException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  public List<RestoreTest> getRestoreTests() {
    return restoreTests.history();
  }

  public String getTestedOn() {
    return testedOn;
  }

  public void setTestedOn(String testedOn) {
    this.testedOn = testedOn == null ? "" : testedOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note == null ? "" : note;
  }
}
