package org.clinicchat.appointment;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads and writes the JSON form of a {@link ClinicSchedule}. */
final class ScheduleDocuments {

  /** The demo clinic's schedule, which a new database starts with unless configured otherwise. */
  static final String DEMO_RESOURCE = "demo-clinic-schedule.json";

  private ScheduleDocuments() {}

  /**
   * Parses a schedule document.
   *
   * @throws InvalidScheduleException if it is not JSON of the expected shape or is inconsistent
   */
  static ClinicSchedule parse(String json) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      ClinicSchedule schedule = jsonb.fromJson(json, ClinicSchedule.class);
      if (schedule == null) {
        throw new InvalidScheduleException("The schedule document is empty.");
      }
      return schedule;
    } catch (JsonbException e) {
      Throwable cause = e.getCause();
      while (cause != null) {
        if (cause instanceof InvalidScheduleException invalid) {
          throw invalid;
        }
        cause = cause.getCause();
      }
      throw new InvalidScheduleException(
          "The schedule document is not valid JSON: " + e.getMessage());
    } catch (Exception e) {
      if (e instanceof InvalidScheduleException invalid) {
        throw invalid;
      }
      throw new IllegalStateException("Cannot close the JSON-B instance", e);
    }
  }

  /** Writes a schedule as the JSON document that {@link #parse} reads. */
  static String write(ClinicSchedule schedule) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(schedule);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot close the JSON-B instance", e);
    }
  }

  /** Returns the demo clinic's schedule document from the class path. */
  static String demo() {
    try (InputStream in = ScheduleDocuments.class.getResourceAsStream(DEMO_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + DEMO_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
