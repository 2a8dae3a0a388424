package org.clinicchat.assistant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The FAQ the assistant answers from: the newest version in the database. On the first start the
 * file named by {@code clinicchat.faq.location} becomes version 1; after that, administrators edit
 * the FAQ on its admin page and the file is no longer read.
 *
 * <p>Each server keeps the newest version in memory and checks for a newer one, published on
 * another server of a cluster, at most every {@link #RECHECK_INTERVAL}.
 */
@ApplicationScoped
public class FaqLibrary {

  static final String PROPERTY_LOCATION = "clinicchat.faq.location";
  static final Duration RECHECK_INTERVAL = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(FaqLibrary.class.getName());

  @Inject
  @ConfigProperty(name = PROPERTY_LOCATION)
  String location;

  @Inject FaqVersions versions;

  private final Clock clock = Clock.systemUTC();
  private volatile FaqSnapshot snapshot;
  private volatile Instant checkedAt = Instant.MIN;

  /** Reads the FAQ at start, so that a broken FAQ file stops the deployment with its reason. */
  void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    FaqSnapshot loaded = current();
    LOG.info(
        () ->
            "Answering from FAQ version "
                + loaded.version()
                + " with "
                + loaded.document().entries().size()
                + " topics");
  }

  /** Returns the newest published FAQ. */
  FaqSnapshot current() {
    Instant now = Instant.now(clock);
    if (snapshot == null || checkedAt.plus(RECHECK_INTERVAL).isBefore(now)) {
      refresh(now);
    }
    return snapshot;
  }

  /** Checks a FAQ and publishes it as the next version, which answers from then on. */
  public int publish(FaqDocument document, String note) {
    check(document);
    int version = versions.publish(toJson(document), note).version();
    snapshot = FaqSnapshot.of(version, document);
    LOG.info(() -> "Published FAQ version " + version);
    return version;
  }

  /** Publishes an earlier version again as the next version. */
  public int restore(int number) {
    FaqVersion earlier =
        versions
            .find(number)
            .orElseThrow(() -> new InvalidFaqException("FAQ version " + number + " not found."));
    return publish(fromJson(earlier.getDocumentJson()), "Restored version " + number);
  }

  private synchronized void refresh(Instant now) {
    int latestNumber = versions.latestNumber();
    if (snapshot != null && latestNumber == snapshot.version()) {
      checkedAt = now;
      return;
    }
    if (latestNumber == 0) {
      importFile();
    }
    FaqVersion latest = versions.latest().orElseThrow();
    snapshot = FaqSnapshot.of(latest.getNumber(), fromJson(latest.getDocumentJson()));
    checkedAt = now;
  }

  private void importFile() {
    Path file = Path.of(location);
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot read the FAQ file " + file + " named by " + PROPERTY_LOCATION, e);
    }
    check(fromJson(json));
    try {
      versions.importFirst(json, file.getFileName().toString());
      LOG.info(() -> "Imported the FAQ file " + file + " as version 1");
    } catch (RuntimeException e) {
      if (versions.latestNumber() == 0) {
        throw e;
      }
      // Another server of the cluster imported it at the same moment; its version 1 counts.
      LOG.info("Another server imported the FAQ file first");
    }
  }

  /** Rejects a FAQ that the assistant could not answer from, naming what to correct. */
  static void check(FaqDocument document) {
    if (document.entries() == null || document.entries().isEmpty()) {
      throw new InvalidFaqException("The FAQ needs at least one topic.");
    }
    Set<String> topics = new HashSet<>();
    for (FaqEntry entry : document.entries()) {
      if (!entry.complete()) {
        throw new InvalidFaqException(
            "Topic '"
                + entry.topic()
                + "' needs a name, at least one phrase and an English answer.");
      }
      if (!topics.add(entry.topic())) {
        throw new InvalidFaqException("Topic '" + entry.topic() + "' appears twice.");
      }
    }
    if (!document.complete()) {
      throw new InvalidFaqException("The FAQ needs an English fallback answer.");
    }
  }

  static FaqDocument fromJson(String json) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(json, FaqDocument.class);
    } catch (JsonbException e) {
      throw new InvalidFaqException("The FAQ is not valid JSON: " + e.getMessage());
    } catch (Exception e) {
      throw new IllegalStateException("Closing the JSON-B reader failed", e);
    }
  }

  static String toJson(FaqDocument document) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(document);
    } catch (Exception e) {
      throw new IllegalStateException("Writing the FAQ as JSON failed", e);
    }
  }
}
