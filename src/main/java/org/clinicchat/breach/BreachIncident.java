package org.clinicchat.breach;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicchat.crypto.FieldLocation;

/**
 * A suspected breach of unsecured PHI, from its discovery through the risk assessment to the
 * individual notices. Free text (description, systems involved, factor notes and the letter's text)
 * is stored only as AES-GCM ciphertext under the incident's own data key, bound to the incident id
 * and attribute, so the register stays readable when a conversation is erased.
 *
 * <p>Affected patients are named by the opaque ids of the audit trail (conversation ids and visitor
 * pseudonyms). A drill never has any: it is a practice run on made-up counts. Incidents are kept,
 * never deleted: HIPAA requires the documentation for six years (45 CFR 164.530(j)).
 */
@Entity
@Cacheable(false)
@Table(name = "breach_incident")
public class BreachIncident {

  // Part of every stored value's authenticated data: renaming them makes stored text unreadable.
  static final String ENCRYPTED_ENTITY = "BreachIncident";

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false)
  private boolean drill;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private IncidentStatus status;

  @Column(name = "discovered_on", nullable = false)
  private LocalDate discoveredOn;

  @Column(name = "breach_on")
  private LocalDate breachOn;

  @Column(columnDefinition = "TEXT NOT NULL")
  private String description;

  @Column(name = "systems_involved", columnDefinition = "TEXT NOT NULL")
  private String systemsInvolved;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant recordedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "breach_risk_factor", joinColumns = @JoinColumn(name = "incident_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "factor", length = 30)
  private Map<RiskFactor, RiskFinding> riskFindings = new HashMap<>();

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private AssessmentOutcome outcome;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at", columnDefinition = "DATETIME(6)")
  private Instant decidedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "breach_affected_patient",
      joinColumns = @JoinColumn(name = "incident_id"))
  @Column(name = "patient_reference", nullable = false, length = 100)
  private Set<String> affectedPatients = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "breach_state_count", joinColumns = @JoinColumn(name = "incident_id"))
  @MapKeyColumn(name = "state", length = 2)
  @Column(name = "affected_count", nullable = false)
  private Map<String, Integer> affectedByState = new HashMap<>();

  @Column(name = "notice_what_happened", columnDefinition = "TEXT")
  private String noticeWhatHappened;

  /** Comma-separated {@link PhiKind} names: a fixed list, so stored as is. */
  @Column(name = "notice_phi_kinds", length = 200)
  private String noticePhiKinds;

  @Column(name = "notice_individual_steps", columnDefinition = "TEXT")
  private String noticeIndividualSteps;

  @Column(name = "notice_clinic_response", columnDefinition = "TEXT")
  private String noticeClinicResponse;

  @Column(name = "individuals_notified_on")
  private LocalDate individualsNotifiedOn;

  protected BreachIncident() {}

  BreachIncident(
      String id,
      boolean drill,
      LocalDate discoveredOn,
      LocalDate breachOn,
      String recordedBy,
      Instant recordedAt) {
    this.id = id;
    this.drill = drill;
    this.status = IncidentStatus.SUSPECTED;
    this.discoveredOn = discoveredOn;
    this.breachOn = breachOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  static FieldLocation location(String id, String attribute) {
    return new FieldLocation(ENCRYPTED_ENTITY, attribute, id);
  }

  void describe(String encryptedDescription, String encryptedSystems) {
    description = encryptedDescription;
    systemsInvolved = encryptedSystems;
  }

  /** Stores an assessment's findings and outcome, replacing an earlier one. */
  void assess(
      Map<RiskFactor, RiskFinding> findings,
      AssessmentOutcome decided,
      String decider,
      Instant decidedOn) {
    riskFindings.clear();
    riskFindings.putAll(findings);
    outcome = decided;
    decidedBy = decider;
    decidedAt = decidedOn;
    if (status != IncidentStatus.INDIVIDUALS_NOTIFIED) {
      status =
          decided == AssessmentOutcome.BREACH ? IncidentStatus.BREACH : IncidentStatus.NOT_A_BREACH;
    }
  }

  void attach(Set<String> patientReferences) {
    affectedPatients.addAll(patientReferences);
  }

  void countByState(Map<String, Integer> counts) {
    affectedByState.clear();
    affectedByState.putAll(counts);
  }

  void writeNotice(
      String encryptedWhatHappened,
      Set<PhiKind> phiKinds,
      String encryptedSteps,
      String encryptedResponse) {
    noticeWhatHappened = encryptedWhatHappened;
    noticePhiKinds = phiKinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    noticeIndividualSteps = encryptedSteps;
    noticeClinicResponse = encryptedResponse;
  }

  void individualsNotified(LocalDate sentOn) {
    individualsNotifiedOn = sentOn;
    status = IncidentStatus.INDIVIDUALS_NOTIFIED;
  }

  public String getId() {
    return id;
  }

  public boolean isDrill() {
    return drill;
  }

  public IncidentStatus getStatus() {
    return status;
  }

  public LocalDate getDiscoveredOn() {
    return discoveredOn;
  }

  public LocalDate getBreachOn() {
    return breachOn;
  }

  String getDescription() {
    return description;
  }

  String getSystemsInvolved() {
    return systemsInvolved;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  Map<RiskFactor, RiskFinding> getRiskFindings() {
    EnumMap<RiskFactor, RiskFinding> findings = new EnumMap<>(RiskFactor.class);
    findings.putAll(riskFindings);
    return findings;
  }

  public AssessmentOutcome getOutcome() {
    return outcome;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Set<String> getAffectedPatients() {
    return Set.copyOf(affectedPatients);
  }

  public Map<String, Integer> getAffectedByState() {
    return Map.copyOf(affectedByState);
  }

  String getNoticeWhatHappened() {
    return noticeWhatHappened;
  }

  Set<PhiKind> getNoticePhiKinds() {
    Set<PhiKind> kinds = EnumSet.noneOf(PhiKind.class);
    if (noticePhiKinds != null && !noticePhiKinds.isBlank()) {
      for (String name : noticePhiKinds.split(",")) {
        kinds.add(PhiKind.valueOf(name));
      }
    }
    return kinds;
  }

  String getNoticeIndividualSteps() {
    return noticeIndividualSteps;
  }

  String getNoticeClinicResponse() {
    return noticeClinicResponse;
  }

  public LocalDate getIndividualsNotifiedOn() {
    return individualsNotifiedOn;
  }
}
