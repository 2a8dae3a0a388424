package org.clinicchat.appointment;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A kind of visit and how long it takes.
 *
 * @param id a stable key, such as {@code checkup}
 * @param name the name shown to patients
 * @param minutes the length of the visit, a whole number of the schedule's slot minutes
 * @param phrases lower-case words in English or Spanish by which a patient names this visit
 */
public record VisitType(String id, String name, int minutes, List<String> phrases) {

  public VisitType {
    ScheduleRules.requireKey(id, "visit type");
    ScheduleRules.requireText(name, "visit type " + id + " name");
    if (minutes <= 0) {
      throw new InvalidScheduleException("Visit type " + id + " needs a positive length.");
    }
    phrases =
        phrases == null
            ? List.of()
            : phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
  }

  /** Returns the length of the visit. */
  public Duration duration() {
    return Duration.ofMinutes(minutes);
  }
}
