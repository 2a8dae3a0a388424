package org.clinicchat.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The clinic's bookable week: its locations, visit types, providers, their weekly hours, and the
 * closures (holidays and leave) that take days out. Times are wall-clock times in the clinic's
 * zone, which is configured apart from this document. Visits start on a grid of {@code slotMinutes}
 * from the start of each block of hours, and each visit type lasts a whole number of grid steps, so
 * overlapping visits always share a grid step.
 *
 * <p>The constructor rejects a document whose entries name unknown ids, repeat an id, or have a
 * visit length that is not a multiple of the grid.
 */
public record ClinicSchedule(
    int slotMinutes,
    List<Location> locations,
    List<VisitType> visitTypes,
    List<Provider> providers,
    List<WeeklyHours> weeklyHours,
    List<Closure> closures) {

  public ClinicSchedule {
    locations = List.copyOf(orEmpty(locations));
    visitTypes = List.copyOf(orEmpty(visitTypes));
    providers = List.copyOf(orEmpty(providers));
    weeklyHours = List.copyOf(orEmpty(weeklyHours));
    closures = List.copyOf(orEmpty(closures));
    if (slotMinutes <= 0 || 60 % slotMinutes != 0) {
      throw new InvalidScheduleException("slotMinutes must divide an hour, such as 15 or 20.");
    }
    if (locations.isEmpty() || visitTypes.isEmpty() || providers.isEmpty()) {
      throw new InvalidScheduleException(
          "The schedule needs at least one location, one visit type and one provider.");
    }
    check(slotMinutes, locations, visitTypes, providers, weeklyHours, closures);
  }

  private static void check(
      int slotMinutes,
      List<Location> locations,
      List<VisitType> visitTypes,
      List<Provider> providers,
      List<WeeklyHours> weeklyHours,
      List<Closure> closures) {
    requireUnique(locations.stream().map(Location::id).toList(), "location");
    requireUnique(visitTypes.stream().map(VisitType::id).toList(), "visit type");
    requireUnique(providers.stream().map(Provider::id).toList(), "provider");
    for (VisitType type : visitTypes) {
      if (type.minutes() % slotMinutes != 0) {
        throw new InvalidScheduleException(
            "Visit type "
                + type.id()
                + " lasts "
                + type.minutes()
                + " minutes, not a multiple of "
                + slotMinutes);
      }
    }
    for (Provider provider : providers) {
      requireKnown(locations.stream().map(Location::id).toList(), provider.locationId());
      provider
          .visitTypeIds()
          .forEach(id -> requireKnown(visitTypes.stream().map(VisitType::id).toList(), id));
    }
    List<String> providerIds = providers.stream().map(Provider::id).toList();
    weeklyHours.forEach(hours -> requireKnown(providerIds, hours.providerId()));
    closures.stream()
        .filter(closure -> closure.providerId() != null)
        .forEach(closure -> requireKnown(providerIds, closure.providerId()));
  }

  /** Returns the grid step on which visits start. */
  public Duration slotLength() {
    return Duration.ofMinutes(slotMinutes);
  }

  /** Returns the provider with the id. */
  public Optional<Provider> provider(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Returns the visit type with the id. */
  public Optional<VisitType> visitType(String id) {
    return visitTypes.stream().filter(v -> v.id().equals(id)).findFirst();
  }

  /** Returns the location with the id. */
  public Optional<Location> location(String id) {
    return locations.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** Returns the provider's blocks of hours on a weekday, earliest first. */
  public List<WeeklyHours> hoursOf(String providerId, DayOfWeek day) {
    return weeklyHours.stream()
        .filter(h -> h.providerId().equals(providerId) && h.day() == day)
        .sorted((a, b) -> a.opens().compareTo(b.opens()))
        .toList();
  }

  /** Returns whether a holiday or the provider's leave covers the date. */
  public boolean closed(String providerId, LocalDate date) {
    return closures.stream().anyMatch(closure -> closure.covers(providerId, date));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static void requireUnique(List<String> ids, String what) {
    if (ids.stream().distinct().count() != ids.size()) {
      throw new InvalidScheduleException("A " + what + " id is listed twice: " + ids);
    }
  }

  private static void requireKnown(List<String> ids, String id) {
    if (!ids.contains(id)) {
      throw new InvalidScheduleException("The schedule names an unknown id: " + id);
    }
  }
}
