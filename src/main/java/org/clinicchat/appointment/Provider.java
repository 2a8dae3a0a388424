package org.clinicchat.appointment;

import java.util.List;

/**
 * A clinician whom patients can book.
 *
 * @param id a stable key, such as {@code rivera}
 * @param name the name shown to patients, such as "Dr. Ana Rivera"
 * @param locationId the location where the provider sees patients
 * @param visitTypeIds the visit types the provider offers
 */
public record Provider(String id, String name, String locationId, List<String> visitTypeIds) {

  public Provider {
    ScheduleRules.requireKey(id, "provider");
    ScheduleRules.requireText(name, "provider " + id + " name");
    ScheduleRules.requireKey(locationId, "provider " + id + " location");
    visitTypeIds = visitTypeIds == null ? List.of() : List.copyOf(visitTypeIds);
    if (visitTypeIds.isEmpty()) {
      throw new InvalidScheduleException("Provider " + id + " offers no visit type.");
    }
  }

  /** Returns whether the provider offers the visit type. */
  public boolean offers(String visitTypeId) {
    return visitTypeIds.contains(visitTypeId);
  }
}
