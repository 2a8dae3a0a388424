package org.clinicchat.assistant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a patient's message from the clinic's FAQ, read at start from the JSON file named by
 * {@code clinicchat.faq.location}. A question the FAQ does not cover gets the clinic's fallback,
 * which offers a person; the assistant never makes up an answer.
 */
@ApplicationScoped
public class Assistant {

  static final String PROPERTY_LOCATION = "clinicchat.faq.location";
  private static final Logger LOG = Logger.getLogger(Assistant.class.getName());

  @Inject
  @ConfigProperty(name = PROPERTY_LOCATION)
  String location;

  private FaqMatcher matcher;
  private String fallback;

  @PostConstruct
  void load() {
    FaqDocument document = read(Path.of(location));
    if (document.entries() == null || document.entries().isEmpty() || document.fallback() == null) {
      throw new IllegalStateException(
          "The FAQ file named by " + PROPERTY_LOCATION + " needs entries and a fallback");
    }
    matcher = new FaqMatcher(document.entries());
    fallback = document.fallback();
    LOG.info(() -> "Loaded " + document.entries().size() + " FAQ entries");
  }

  /** Returns the FAQ answer to a message, or the fallback. */
  public Reply answer(String message) {
    return matcher
        .match(message)
        .map(entry -> new Reply(entry.answer(), entry.topic()))
        .orElseGet(() -> new Reply(fallback, null));
  }

  private static FaqDocument read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(reader, FaqDocument.class);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot read the FAQ from the file named by " + PROPERTY_LOCATION, e);
    }
  }
}
