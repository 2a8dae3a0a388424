package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's schedule that slots come from: the newest {@link ScheduleVersion}. When the table is
 * empty at start, it stores the file named by {@code clinicchat.appointment.schedule-location}, or
 * else the demo clinic's schedule, as version 1. Each server keeps the parsed schedule in memory
 * and reads the newest version again at most every {@link #RECHECK_INTERVAL}, so a version that an
 * administrator publishes on another server applies here within that interval.
 */
@ApplicationScoped
public class ClinicSchedules {

  static final Duration RECHECK_INTERVAL = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(ClinicSchedules.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject FirstScheduleVersion firstVersion;

  @Inject
  @ConfigProperty(name = "clinicchat.appointment.schedule-location")
  Optional<String> location;

  @Inject
  @ConfigProperty(name = "clinicchat.clinic.time-zone", defaultValue = "America/New_York")
  String timeZone;

  private final Clock clock = Clock.systemUTC();
  private volatile ClinicSchedule schedule;
  private volatile Instant checkedAt = Instant.MIN;

  /**
   * Stores the first version when there is none, and stops the deployment when its file is broken.
   * When two servers start at once, the second one's insert fails on the version number and it uses
   * the version the first stored.
   */
  void seedAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (newest().isPresent()) {
      return;
    }
    String json = location.map(ClinicSchedules::read).orElseGet(ScheduleDocuments::demo);
    ClinicSchedule parsed = ScheduleDocuments.parse(json);
    try {
      if (firstVersion.storeIfNone(json)) {
        LOG.info(
            () -> "Stored schedule version 1 with " + parsed.providers().size() + " providers");
      }
    } catch (PersistenceException | TransactionalException e) {
      LOG.log(Level.INFO, "Another server stored the first schedule version", e);
    }
  }

  /** Returns the clinic's zone, in which every time is read and shown. */
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** Returns the newest schedule. */
  @Transactional
  public ClinicSchedule current() {
    Instant now = Instant.now(clock);
    if (schedule == null || checkedAt.plus(RECHECK_INTERVAL).isBefore(now)) {
      ScheduleVersion newest =
          newest().orElseThrow(() -> new IllegalStateException("No schedule version is stored"));
      schedule = ScheduleDocuments.parse(newest.getDocumentJson());
      checkedAt = now;
    }
    return schedule;
  }

  /** Returns the number of the newest version. */
  @Transactional
  public int currentVersion() {
    return newest().map(ScheduleVersion::getNumber).orElse(0);
  }

  /**
   * Stores a schedule as the next version, from which slots come at once on this server. Two
   * publications at the same moment collide on the version number, and the later one fails.
   */
  @Transactional
  int storeNext(ClinicSchedule next) {
    int number = currentVersion() + 1;
    entityManager.persist(
        new ScheduleVersion(number, ScheduleDocuments.write(next), Instant.now(clock)));
    entityManager.flush();
    schedule = next;
    checkedAt = Instant.now(clock);
    return number;
  }

  private Optional<ScheduleVersion> newest() {
    List<ScheduleVersion> found =
        entityManager
            .createQuery(
                "SELECT v FROM ScheduleVersion v ORDER BY v.number DESC", ScheduleVersion.class)
            .setMaxResults(1)
            .getResultList();
    return found.stream().findFirst();
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the schedule file " + file, e);
    }
  }
}
