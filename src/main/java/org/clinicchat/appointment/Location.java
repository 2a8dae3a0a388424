package org.clinicchat.appointment;

/**
 * A place where the clinic sees patients.
 *
 * @param id a stable key, such as {@code main}
 * @param name the name patients know it by
 * @param address the street address, shown in confirmations
 */
public record Location(String id, String name, String address) {

  public Location {
    ScheduleRules.requireKey(id, "location");
    ScheduleRules.requireText(name, "location " + id + " name");
    ScheduleRules.requireText(address, "location " + id + " address");
  }
}
