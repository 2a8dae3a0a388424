package org.clinicchat.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A patient's request for slots: a visit type, a provider or anyone, days, and optionally a part of
 * the day or a time, all in the clinic's zone.
 *
 * @param type the visit type
 * @param provider the provider asked for, or {@code null} for anyone who offers the visit type
 * @param firstDay the first day to search
 * @param lastDay the last day to search, inclusive
 * @param part the part of the day, {@link DayPart#ANY} when none
 * @param time the wall-clock time asked for, or {@code null}; the nearest slots come first
 */
public record SlotQuery(
    VisitType type,
    Provider provider,
    LocalDate firstDay,
    LocalDate lastDay,
    DayPart part,
    LocalTime time) {}
