package org.clinicchat.breach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs the page of one incident, named by the {@code id} query parameter: its deadlines, the risk
 * assessment, the search for affected patients in the audit trail and attaching them, the counts
 * per state, the notice text and the date notices went out. Each form posts the id again, so a
 * postback acts on the same incident.
 */
@Named
@RequestScoped
public class IncidentResponse {

  @Inject BreachRegister register;

  @Inject AffectedPatientFinder finder;

  @Inject FacesContext faces;

  private String id;
  private IncidentView incident;

  private final Map<String, String> ratings = new HashMap<>();
  private final Map<String, String> notes = new HashMap<>();
  private String outcome;

  private String windowFrom;
  private String windowTo;
  private String windowStaff;
  private String reachStaff;
  private String reachUntil;
  private AffectedPatients found;

  private String stateCounts;
  private String whatHappened;
  private List<String> phiKinds = new ArrayList<>();
  private String individualSteps;
  private String clinicResponse;
  private String notifiedOn;

  /** Loads the incident on the first request and fills the forms with what is stored. */
  public void load() {
    if (!reload()) {
      return;
    }
    incident
        .factors()
        .forEach(
            (factor, given) -> {
              ratings.put(factor.name(), given.rating().name());
              notes.put(factor.name(), given.note());
            });
    outcome = incident.outcome() == null ? null : incident.outcome().name();
    stateCounts =
        incident.affectedByState().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(state -> state.getKey() + "=" + state.getValue())
            .collect(Collectors.joining("\n"));
    NoticeContent notice = incident.notice();
    whatHappened = notice.whatHappened();
    phiKinds = notice.phiKinds().stream().map(Enum::name).sorted().toList();
    individualSteps = notice.individualSteps();
    clinicResponse = notice.clinicResponse();
  }

  /** Stores the assessment of the form. */
  public String assess() {
    return act(
        () -> {
          Map<RiskFactor, FactorAssessment> factors = new EnumMap<>(RiskFactor.class);
          for (RiskFactor factor : RiskFactor.values()) {
            factors.put(
                factor,
                new FactorAssessment(
                    enumOrNull(RiskRating.class, ratings.get(factor.name())),
                    notes.get(factor.name())));
          }
          register.assess(
              id, new RiskAssessment(factors, enumOrNull(AssessmentOutcome.class, outcome)));
        },
        "Risk assessment saved.");
  }

  /** Lists the conversations accessed in the time window, by anyone or by the staff account. */
  public String findAccessed() {
    return act(this::searchWindow, null);
  }

  /** Runs the time-window search again and attaches every patient it finds. */
  public String attachAccessed() {
    return act(
        () -> {
          searchWindow();
          register.attachAffected(id, found.references());
        },
        "Affected patients attached.");
  }

  /** Lists the conversations that the staff account's roles let it open. */
  public String findReachable() {
    return act(this::searchReach, null);
  }

  /** Runs the reach search again and attaches every patient it finds. */
  public String attachReachable() {
    return act(
        () -> {
          searchReach();
          register.attachAffected(id, found.references());
        },
        "Affected patients attached.");
  }

  /** Stores the counts per state of the form. */
  public String saveStateCounts() {
    return act(
        () -> register.recordStateCounts(id, PageInput.stateCounts(stateCounts)),
        "Counts per state saved.");
  }

  /** Stores the notice text of the form. */
  public String saveNotice() {
    return act(
        () -> {
          Set<PhiKind> kinds = EnumSet.noneOf(PhiKind.class);
          phiKinds.forEach(kind -> kinds.add(PhiKind.valueOf(kind)));
          register.writeNotice(
              id, new NoticeContent(whatHappened, kinds, individualSteps, clinicResponse));
        },
        "Notice text saved.");
  }

  /** Records the day the individual notices went out. */
  public String markNotified() {
    return act(
        () -> register.markIndividualsNotified(id, PageInput.date(notifiedOn, "Notices sent on")),
        "Individual notices recorded as sent.");
  }

  private void searchWindow() {
    found =
        finder.accessedBetween(
            PageInput.utcTime(windowFrom, "From"), PageInput.utcTime(windowTo, "To"), windowStaff);
  }

  private void searchReach() {
    found = finder.reachableBy(reachStaff, PageInput.utcTime(reachUntil, "Reachable until"));
  }

  private String act(Runnable action, String done) {
    try {
      action.run();
      if (done != null) {
        faces.addMessage(null, new FacesMessage(done));
      }
    } catch (InvalidIncidentException e) {
      error(e.getMessage());
    }
    reload();
    return null;
  }

  private boolean reload() {
    try {
      incident = register.find(id);
      return true;
    } catch (InvalidIncidentException e) {
      error(e.getMessage());
      return false;
    }
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public IncidentView getIncident() {
    return incident;
  }

  public NotificationDeadlines getDeadlines() {
    return incident == null ? null : incident.deadlines();
  }

  public LocalDate getToday() {
    return register.today();
  }

  public String getZone() {
    return register.zone().getId();
  }

  public RiskFactor[] getFactors() {
    return RiskFactor.values();
  }

  public RiskRating[] getRatingValues() {
    return RiskRating.values();
  }

  public AssessmentOutcome[] getOutcomes() {
    return AssessmentOutcome.values();
  }

  public PhiKind[] getPhiKindValues() {
    return PhiKind.values();
  }

  public AffectedPatients getFound() {
    return found;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Map<String, String> getRatings() {
    return ratings;
  }

  public Map<String, String> getNotes() {
    return notes;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getWindowFrom() {
    return windowFrom;
  }

  public void setWindowFrom(String windowFrom) {
    this.windowFrom = windowFrom;
  }

  public String getWindowTo() {
    return windowTo;
  }

  public void setWindowTo(String windowTo) {
    this.windowTo = windowTo;
  }

  public String getWindowStaff() {
    return windowStaff;
  }

  public void setWindowStaff(String windowStaff) {
    this.windowStaff = windowStaff;
  }

  public String getReachStaff() {
    return reachStaff;
  }

  public void setReachStaff(String reachStaff) {
    this.reachStaff = reachStaff;
  }

  public String getReachUntil() {
    return reachUntil;
  }

  public void setReachUntil(String reachUntil) {
    this.reachUntil = reachUntil;
  }

  public String getStateCounts() {
    return stateCounts;
  }

  public void setStateCounts(String stateCounts) {
    this.stateCounts = stateCounts;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public List<String> getPhiKinds() {
    return phiKinds;
  }

  public void setPhiKinds(List<String> phiKinds) {
    this.phiKinds = phiKinds == null ? new ArrayList<>() : new ArrayList<>(phiKinds);
  }

  public String getIndividualSteps() {
    return individualSteps;
  }

  public void setIndividualSteps(String individualSteps) {
    this.individualSteps = individualSteps;
  }

  public String getClinicResponse() {
    return clinicResponse;
  }

  public void setClinicResponse(String clinicResponse) {
    this.clinicResponse = clinicResponse;
  }

  public String getNotifiedOn() {
    return notifiedOn;
  }

  public void setNotifiedOn(String notifiedOn) {
    this.notifiedOn = notifiedOn;
  }
}
