package org.clinicchat.breach;

import java.time.LocalDate;

/** One line of the register: an incident without its free text, and its deadlines. */
public record IncidentSummary(
    String id,
    boolean drill,
    IncidentStatus status,
    LocalDate discoveredOn,
    NotificationDeadlines deadlines) {}
