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
import java.util.UUID;
import java.util.regex.Pattern;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.FieldSealer;
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

  static final int MAX_RECIPIENT_LENGTH = 500;
  static final int MAX_DESCRIPTION_LENGTH = 2000;

  /** A conversation id or visitor pseudonym; the same shape the audit trail stores as is. */
  private static final Pattern PATIENT_REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

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
    String patient = requirePatient(patientReference);
    if (disclosedOn == null) {
      throw new InvalidDisclosureException("Date: enter the date of the disclosure.");
    }
    if (disclosedOn.isAfter(today())) {
      throw new InvalidDisclosureException("Date: a disclosure cannot be in the future.");
    }
    String recipientText = requireText(recipient, "Recipient", MAX_RECIPIENT_LENGTH);
    String descriptionText = requireText(description, "Description", MAX_DESCRIPTION_LENGTH);
    if (purpose == null) {
      throw new InvalidDisclosureException("Purpose: choose why the PHI was disclosed.");
    }

    String id = UUID.randomUUID().toString();
    Disclosure disclosure =
        new Disclosure(
            id,
            disclosedOn,
            patient,
            purpose,
            securityContext.getCallerPrincipal().getName(),
            Instant.now(clock));
    FieldSealer sealer = fieldEncryption.sealerFor(id);
    disclosure.sealed(
        sealer.seal(recipientText, Disclosure.recipientLocation(id)),
        sealer.seal(descriptionText, Disclosure.descriptionLocation(id)));
    entityManager.persist(disclosure);
    return id;
  }

  /**
   * Produces a patient's accounting of disclosures of the six years before today, oldest first.
   *
   * @throws InvalidDisclosureException if the patient id is missing or not id-shaped
   */
  @Audited(
      value = AuditAction.DISCLOSURE_REPORT_PRODUCED,
      resourceType = "Patient",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public DisclosureReport report(@AuditedResource String patientReference) {
    String patient = requirePatient(patientReference);
    LocalDate to = today();
    LocalDate from = to.minusYears(REPORT_YEARS);
    List<AccountedDisclosure> entries =
        entityManager
            .createQuery(
                "SELECT d FROM Disclosure d WHERE d.patientReference = :patient"
                    + " AND d.disclosedOn >= :from AND d.disclosedOn <= :to"
                    + " ORDER BY d.disclosedOn, d.recordedAt",
                Disclosure.class)
            .setParameter("patient", patient)
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

  private static String requirePatient(String patientReference) {
    String text = patientReference == null ? "" : patientReference.strip();
    if (text.isEmpty()) {
      throw new InvalidDisclosureException(
          "Patient: enter the conversation id or visitor pseudonym.");
    }
    if (!PATIENT_REFERENCE.matcher(text).matches()) {
      throw new InvalidDisclosureException(
          "Patient: use the conversation id or visitor pseudonym, letters, digits, '.', '_' and '-'"
              + " only.");
    }
    return text;
  }

  private static String requireText(String value, String label, int maxLength) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new InvalidDisclosureException(label + ": this field is required.");
    }
    if (text.length() > maxLength) {
      throw new InvalidDisclosureException(label + ": use at most " + maxLength + " characters.");
    }
    return text;
  }
}
