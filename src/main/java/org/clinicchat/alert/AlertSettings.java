package org.clinicchat.alert;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The monitoring settings from MicroProfile Config, checked at start so that a bad value stops the
 * deployment with a message that names the property.
 */
@ApplicationScoped
public class AlertSettings {

  @Inject
  @ConfigProperty(name = "clinicchat.alert.transcript-reads.max", defaultValue = "30")
  int transcriptReadsMax;

  @Inject
  @ConfigProperty(name = "clinicchat.alert.transcript-reads.window", defaultValue = "PT10M")
  String transcriptReadsWindow;

  @Inject
  @ConfigProperty(name = "clinicchat.alert.failed-logins.per-user.max", defaultValue = "4")
  int failedLoginsPerUserMax;

  @Inject
  @ConfigProperty(name = "clinicchat.alert.failed-logins.per-user.window", defaultValue = "PT15M")
  String failedLoginsPerUserWindow;

  @Inject
  @ConfigProperty(name = "clinicchat.alert.failed-logins.per-address.max", defaultValue = "10")
  int failedLoginsPerAddressMax;

  @Inject
  @ConfigProperty(
      name = "clinicchat.alert.failed-logins.per-address.window",
      defaultValue = "PT15M")
  String failedLoginsPerAddressWindow;

  @Inject
  @ConfigProperty(name = "clinicchat.alert.clinic-hours.opens", defaultValue = "07:00")
  String opens;

  @Inject
  @ConfigProperty(name = "clinicchat.alert.clinic-hours.closes", defaultValue = "19:00")
  String closes;

  @Inject
  @ConfigProperty(
      name = "clinicchat.alert.clinic-hours.days",
      defaultValue = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
  String days;

  @Inject
  @ConfigProperty(name = "clinicchat.alert.clinic-hours.zone", defaultValue = "UTC")
  String zone;

  @Inject
  @ConfigProperty(name = "clinicchat.alert.repeat-after", defaultValue = "PT1H")
  String repeatAfter;

  @Inject
  @ConfigProperty(name = "clinicchat.alert.recipients")
  Optional<String> recipients;

  @Inject
  @ConfigProperty(
      name = "clinicchat.alert.dashboard-url",
      defaultValue = "https://localhost:8443/admin/alerts/index.xhtml")
  String dashboardUrl;

  private AlertThresholds thresholds;

  @PostConstruct
  void check() {
    thresholds =
        new AlertThresholds(
            transcriptReadsMax,
            duration("clinicchat.alert.transcript-reads.window", transcriptReadsWindow),
            failedLoginsPerUserMax,
            duration("clinicchat.alert.failed-logins.per-user.window", failedLoginsPerUserWindow),
            failedLoginsPerAddressMax,
            duration(
                "clinicchat.alert.failed-logins.per-address.window", failedLoginsPerAddressWindow),
            new ClinicHours(
                time("clinicchat.alert.clinic-hours.opens", opens),
                time("clinicchat.alert.clinic-hours.closes", closes),
                days(days),
                zone(zone)),
            duration("clinicchat.alert.repeat-after", repeatAfter));
  }

  /** Returns the rule limits. */
  public AlertThresholds thresholds() {
    return thresholds;
  }

  /**
   * Returns the addresses that alert emails go to, from a comma-separated list; empty when none are
   * configured.
   */
  public List<String> recipients() {
    return recipients.stream()
        .flatMap(list -> Arrays.stream(list.split(",")))
        .map(String::strip)
        .filter(address -> !address.isEmpty())
        .toList();
  }

  /** Returns the address of the alert dashboard, for the link in each email. */
  public String dashboardUrl() {
    return dashboardUrl;
  }

  private static Duration duration(String property, String value) {
    try {
      return Duration.parse(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          property + " is not an ISO-8601 duration such as PT15M: " + value, e);
    }
  }

  private static LocalTime time(String property, String value) {
    try {
      return LocalTime.parse(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(property + " is not a time such as 07:30: " + value, e);
    }
  }

  private static Set<DayOfWeek> days(String names) {
    Set<DayOfWeek> parsed = EnumSet.noneOf(DayOfWeek.class);
    for (String name : names.split(",")) {
      try {
        parsed.add(DayOfWeek.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "clinicchat.alert.clinic-hours.days lists an unknown day: "
                + name
                + ". Use MONDAY to SUNDAY.",
            e);
      }
    }
    return parsed;
  }

  private static ZoneId zone(String value) {
    try {
      return ZoneId.of(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "clinicchat.alert.clinic-hours.zone is not an IANA time zone such as America/Chicago: "
              + value,
          e);
    }
  }
}
