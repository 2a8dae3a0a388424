package org.clinicchat.consent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clinicchat.safety.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The consent notice in force: the newest version in {@link ConsentNotices}. On the first start the
 * JSON file named by {@code clinicchat.consent.notice-location} becomes the first version. Each
 * server reads the newest version again after {@value #RECHECK_SECONDS} seconds, so a version
 * published on another server of a cluster is in force everywhere within that time.
 */
@ApplicationScoped
public class ConsentNotice {

  static final String PROPERTY_LOCATION = "clinicchat.consent.notice-location";
  static final int RECHECK_SECONDS = 10;

  @Inject
  @ConfigProperty(name = PROPERTY_LOCATION)
  String location;

  @Inject ConsentNotices notices;

  private final Clock clock = Clock.systemUTC();
  private volatile Loaded loaded;

  @PostConstruct
  void importFile() {
    NoticeDocument document = readFile();
    List<String> problems = document.problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The consent notice named by " + PROPERTY_LOCATION + " is invalid: " + problems);
    }
    notices.importFirst(document, Path.of(location).getFileName().toString());
  }

  /** Forgets the known version once a publication on this server commits. */
  void published(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConsentNotices.PublishedNotice notice) {
    loaded = null;
  }

  /** Returns the version label of the notice in force. */
  public String version() {
    return current().version();
  }

  /** Returns the notice in force in a language, in English when it has no translation. */
  public NoticeDocument.Text text(Language language) {
    return current().text(language);
  }

  /**
   * Returns whether a version label is the one in force, reading the database again when it differs
   * from the known one, so a version just published on another server is not rejected.
   */
  public boolean isCurrent(String version) {
    return current().version().equals(version) || reload().version().equals(version);
  }

  private NoticeDocument current() {
    Loaded known = loaded;
    if (known != null
        && known.readAt().plus(Duration.ofSeconds(RECHECK_SECONDS)).isAfter(Instant.now(clock))) {
      return known.document();
    }
    return reload();
  }

  private NoticeDocument reload() {
    Instant now = Instant.now(clock);
    NoticeDocument document =
        notices
            .latest()
            .map(ConsentNotices::document)
            .orElseThrow(() -> new IllegalStateException("No consent notice is published"));
    loaded = new Loaded(document, now);
    return document;
  }

  private NoticeDocument readFile() {
    try (Reader reader = Files.newBufferedReader(Path.of(location), StandardCharsets.UTF_8);
        Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(reader, NoticeDocument.class);
    } catch (IOException | JsonbException e) {
      throw new IllegalStateException(
          "Cannot read the consent notice from the file named by " + PROPERTY_LOCATION, e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot close the JSON-B reader", e);
    }
  }

  private record Loaded(NoticeDocument document, Instant readAt) {}
}
