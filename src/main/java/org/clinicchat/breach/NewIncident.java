package org.clinicchat.breach;

import java.time.LocalDate;

/**
 * A suspected incident as the privacy officer first records it.
 *
 * @param breachOn the date of the breach, or null if it is not known yet
 * @param drill whether this is a practice run, which never names real patients
 */
public record NewIncident(
    LocalDate discoveredOn,
    LocalDate breachOn,
    String description,
    String systemsInvolved,
    boolean drill) {}
