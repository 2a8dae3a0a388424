package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.clinicchat.safety.Language;

/**
 * Finds free slots for what a patient asked, in their words or by id, and writes the offer in the
 * patient's language with the clinic's zone named. It reads no PHI and stores nothing.
 */
@ApplicationScoped
public class SlotOffers {

  /** How many slots an offer shows at most. */
  public static final int MAX_OFFERED = 3;

  /** How far ahead a request without a day is searched. */
  static final int SEARCH_DAYS = 28;

  @PersistenceContext EntityManager entityManager;

  @Inject ClinicSchedules schedules;

  private final Clock clock = Clock.systemUTC();

  /**
   * Offers slots for a message in the patient's words, such as "a checkup with Dr. Rivera next
   * Tuesday afternoon". The visit type and provider are the first whose phrase or name the message
   * contains. Without one, they are the first visit type of the schedule and anyone who offers it.
   */
  @Transactional
  public SlotOffer offerFor(String message, Language language) {
    ClinicSchedule schedule = schedules.current();
    String text = message.toLowerCase(Locale.ROOT);
    VisitType type =
        schedule.visitTypes().stream()
            .filter(v -> v.phrases().stream().anyMatch(text::contains))
            .findFirst()
            .orElse(schedule.visitTypes().getFirst());
    Provider provider =
        schedule.providers().stream().filter(p -> namedIn(text, p)).findFirst().orElse(null);
    return offer(schedule, type, provider, message, language);
  }

  /**
   * Offers slots of a visit type with a provider, or anyone when {@code providerId} is null, at the
   * time a message names.
   *
   * @throws InvalidAppointmentRequestException if the provider or the visit type is unknown, or the
   *     provider does not offer the visit type
   */
  @Transactional
  public SlotOffer offer(String visitTypeId, String providerId, String when, Language language) {
    ClinicSchedule schedule = schedules.current();
    VisitType type = visitType(schedule, visitTypeId);
    Provider provider = providerId == null ? null : provider(schedule, providerId);
    if (provider != null && !provider.offers(type.id())) {
      throw new InvalidAppointmentRequestException(
          provider.name() + " does not offer " + type.name() + " visits.");
    }
    return offer(schedule, type, provider, when == null ? "" : when, language);
  }

  /**
   * Returns up to three free slots like a taken one: same visit type and provider, soonest first.
   */
  @Transactional
  public List<Slot> alternativesTo(Slot taken) {
    ClinicSchedule schedule = schedules.current();
    ZoneId zone = schedules.zone();
    LocalDate day = taken.start().atZone(zone).toLocalDate();
    SlotQuery query =
        new SlotQuery(
            visitType(schedule, taken.visitTypeId()),
            provider(schedule, taken.providerId()),
            day,
            day.plusDays(SEARCH_DAYS),
            DayPart.ANY,
            null);
    return new SlotFinder(schedule, zone).find(query, now(), free(query), MAX_OFFERED);
  }

  /** Returns whether no booked appointment claims any step of the slot. */
  @Transactional
  public boolean isFree(Slot slot) {
    ClinicSchedule schedule = schedules.current();
    List<Instant> steps = new SlotGenerator(schedule, schedules.zone()).steps(slot);
    return entityManager
            .createQuery(
                "SELECT COUNT(c) FROM SlotClaim c WHERE c.providerId = :provider AND c.startsAt IN :steps",
                Long.class)
            .setParameter("provider", slot.providerId())
            .setParameter("steps", steps)
            .getSingleResult()
        == 0;
  }

  private SlotOffer offer(
      ClinicSchedule schedule, VisitType type, Provider provider, String when, Language language) {
    ZoneId zone = schedules.zone();
    ZonedDateTime now = now().atZone(zone);
    TimeRequest request = TimeExpressions.parse(when, language, now);
    if (request instanceof TimeRequest.Rejected rejected) {
      return new SlotOffer(List.of(), TimeRequestText.describe(rejected, language, zone), false);
    }
    SlotQuery query = query(type, provider, request, now.toLocalDate());
    SlotFinder finder = new SlotFinder(schedule, zone);
    List<Slot> slots = finder.find(query, now.toInstant(), free(query), MAX_OFFERED);
    String understood = TimeRequestText.describe(request, language, zone);
    String text = OfferText.write(schedule, zone, language, query, slots, finder, understood);
    return new SlotOffer(slots, text, true);
  }

  private static SlotQuery query(
      VisitType type, Provider provider, TimeRequest request, LocalDate today) {
    if (request instanceof TimeRequest.Understood asked && asked.firstDay() != null) {
      return new SlotQuery(
          type, provider, asked.firstDay(), asked.lastDay(), asked.part(), asked.time());
    }
    DayPart part = DayPart.ANY;
    LocalTime time = null;
    if (request instanceof TimeRequest.Understood asked) {
      part = asked.part();
      time = asked.time();
    }
    return new SlotQuery(type, provider, today, today.plusDays(SEARCH_DAYS), part, time);
  }

  /** Returns a test of freedom against the claims stored for the days of the query. */
  private Predicate<Slot> free(SlotQuery query) {
    ZoneId zone = schedules.zone();
    Instant from = query.firstDay().atStartOfDay(zone).toInstant();
    Instant to = query.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
    Set<String> taken = new HashSet<>();
    entityManager
        .createQuery(
            "SELECT c FROM SlotClaim c WHERE c.startsAt >= :from AND c.startsAt < :to",
            SlotClaim.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(claim -> taken.add(claim.getProviderId() + "@" + claim.getStartsAt()));
    SlotGenerator generator = new SlotGenerator(schedules.current(), zone);
    return slot ->
        generator.steps(slot).stream()
            .noneMatch(step -> taken.contains(slot.providerId() + "@" + step));
  }

  static VisitType visitType(ClinicSchedule schedule, String id) {
    return schedule
        .visitType(id)
        .orElseThrow(
            () ->
                new InvalidAppointmentRequestException(
                    "No visit type has the id " + printable(id) + "."));
  }

  static Provider provider(ClinicSchedule schedule, String id) {
    return schedule
        .provider(id)
        .orElseThrow(
            () ->
                new InvalidAppointmentRequestException(
                    "No provider has the id " + printable(id) + "."));
  }

  /** Returns an id for a message: ids are short keys, so anything else is left out. */
  private static String printable(String id) {
    return id != null && id.matches("[A-Za-z0-9-]{1,40}") ? "\"" + id + "\"" : "given";
  }

  /** Returns whether the text names the provider by surname, as a whole word. */
  static boolean namedIn(String text, Provider provider) {
    String[] words = provider.name().toLowerCase(Locale.ROOT).split(" ");
    String surname = Pattern.quote(words[words.length - 1]);
    return Pattern.compile("\\b" + surname + "\\b").matcher(text).find();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
