package org.clinicchat.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.security.Roles;

/**
 * The accounting of disclosures, for the privacy officer only: records a disclosure and produces a
 * patient's report of the six years before today. Both are audited under the patient's id.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class DisclosureLedger {

  /** How far back a patient's report reaches, as 45 CFR 164.528(a)(1) requires. */
  static final int REPORT_YEARS = 6;

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /**
   * Records a disclosure and returns its id.
   *
   * @throws InvalidDisclosureException if a field is missing, too long or the date is in the future
   */
  @Audited(
      value = AuditAction.DISCLOSURE_RECORDED,
      resourceType = "Patient",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public String record(
      @AuditedResource String patientReference,
      LocalDate disclosedOn,
      String recipient,
      String description,
      DisclosurePurpose purpose) {
    String patient = DisclosureEntries.requirePatient(patientReference);
    if (disclosedOn == null) {
      throw new InvalidDisclosureException("Date: enter the date of the disclosure.");
    }
    if (disclosedOn.isAfter(today())) {
      throw new InvalidDisclosureException("Date: a disclosure cannot be in the future.");
    }
    String recipientText = DisclosureEntries.requireRecipient(recipient);
    String descriptionText = DisclosureEntries.requireDescription(description);
    DisclosurePurpose checkedPurpose = DisclosureEntries.requirePurpose(purpose);

    Disclosure entry =
        DisclosureEntries.newEntry(
            patient,
            disclosedOn,
            checkedPurpose,
            securityContext.getCallerPrincipal().getName(),
            Instant.now(clock));
    return DisclosureEntries.store(
        entityManager, fieldEncryption, entry, recipientText, descriptionText);
  }

  /**
   * Produces a patient's accounting of disclosures of the six years before today, oldest first,
   * with the entries recorded under any of the patient's references: the visitor pseudonym and each
   * of its conversation ids, whichever of them is given.
   *
   * @throws InvalidDisclosureException if the patient id is missing or not id-shaped
   */
  @Audited(
      value = AuditAction.DISCLOSURE_REPORT_PRODUCED,
      resourceType = "Patient",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public DisclosureReport report(@AuditedResource String patientReference) {
    String patient = DisclosureEntries.requirePatient(patientReference);
    LocalDate to = today();
    LocalDate from = to.minusYears(REPORT_YEARS);
    List<AccountedDisclosure> entries =
        entityManager
            .createQuery(
                "SELECT d FROM Disclosure d WHERE d.patientReference IN :references"
                    + " AND d.disclosedOn >= :from AND d.disclosedOn <= :to"
                    + " ORDER BY d.disclosedOn, d.recordedAt",
                Disclosure.class)
            .setParameter("references", PatientReferences.of(entityManager, patient))
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()
            .stream()
            .map(this::decrypt)
            .toList();
    return new DisclosureReport(patient, from, to, entries);
  }

  private AccountedDisclosure decrypt(Disclosure disclosure) {
    FieldOpener opener = fieldEncryption.openerFor(disclosure.getId());
    return new AccountedDisclosure(
        disclosure.getDisclosedOn(),
        opener.open(disclosure.getRecipient(), Disclosure.recipientLocation(disclosure.getId())),
        opener.open(
            disclosure.getDescription(), Disclosure.descriptionLocation(disclosure.getId())),
        disclosure.getPurpose(),
        disclosure.getRecordedBy());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }
}
