package org.clinicchat.assistant;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The clinic's real FAQ file, {@code server-config/clinic-faq.json}, read with JSON-B. */
final class ClinicFaqFile {

  private ClinicFaqFile() {}

  /** Reads the file as the server reads it. */
  static FaqDocument read() throws Exception {
    Path faq = Path.of(System.getProperty("basedir", "."), "server-config", "clinic-faq.json");
    try (Reader reader = Files.newBufferedReader(faq, StandardCharsets.UTF_8);
        Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(reader, FaqDocument.class);
    }
  }
}
