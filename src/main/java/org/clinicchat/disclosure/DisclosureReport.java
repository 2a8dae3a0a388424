package org.clinicchat.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient's accounting of disclosures for the period {@code from} to {@code to}, both inclusive,
 * oldest first.
 */
public record DisclosureReport(
    String patientReference, LocalDate from, LocalDate to, List<AccountedDisclosure> entries) {}
