package org.clinicchat.consent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's consent notice, read at start from the JSON file named by {@code
 * clinicchat.consent.notice-location}. It says what is collected, why, how long it is kept and how
 * to revoke; its version is recorded with every consent.
 */
@ApplicationScoped
public class ConsentNotice {

  static final String PROPERTY_LOCATION = "clinicchat.consent.notice-location";

  @Inject
  @ConfigProperty(name = PROPERTY_LOCATION)
  String location;

  private Text text;

  @PostConstruct
  void load() {
    try (Reader reader = Files.newBufferedReader(Path.of(location), StandardCharsets.UTF_8);
        Jsonb jsonb = JsonbBuilder.create()) {
      text = jsonb.fromJson(reader, Text.class);
    } catch (IOException | JsonbException e) {
      throw new IllegalStateException(
          "Cannot read the consent notice from the file named by " + PROPERTY_LOCATION, e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot close the JSON-B reader", e);
    }
    if (text.version() == null || text.sections() == null || text.sections().isEmpty()) {
      throw new IllegalStateException(
          "The consent notice named by " + PROPERTY_LOCATION + " needs a version and sections");
    }
  }

  /** Returns the version of the notice in force. */
  public String version() {
    return text.version();
  }

  /** Returns the notice as shown to visitors. */
  public Text text() {
    return text;
  }

  /** The notice as the clinic wrote it. */
  public record Text(String version, String title, List<Section> sections) {}

  /** One part of the notice, such as what is collected or how to revoke. */
  public record Section(String heading, String text) {}
}
