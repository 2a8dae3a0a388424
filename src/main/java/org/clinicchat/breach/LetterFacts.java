package org.clinicchat.breach;

import java.time.LocalDate;

/**
 * The facts of one incident that its notice letter states.
 *
 * @param breachOn the date of the breach, or null if it is not known
 * @param drill whether the incident is a practice run, whose letter must never be sent
 */
public record LetterFacts(
    LocalDate breachOn, LocalDate discoveredOn, NoticeContent content, boolean drill) {}
