package org.clinicchat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Audit events of user actions come from the {@link Audited} binding, not from hand-written calls:
 * outside the audit package, only the system jobs below may call {@link AuditTrail} directly, and
 * only its {@code recordSystemEvent} methods. Reads the main sources and finds calls on fields of
 * type {@code AuditTrail}.
 *
 * <p>NOTE: a call through a local variable or parameter of that type escapes this scan; the code
 * injects the trail into fields only.
 */
class AuditTrailCallersTest {

  private static final Path SOURCES = Path.of("src/main/java/org/clinicchat");

  /** Jobs that run without a user, as {@link AuditTrail#SYSTEM_ACTOR}. */
  private static final Set<String> SYSTEM_JOBS =
      Set.of(
          "assistant/EducationImport.java",
          "assistant/FaqVersions.java",
          "chat/HandoffTimeouts.java",
          "consent/ConsentNotices.java",
          "crypto/KeyRotationEndListener.java",
          "retention/AppointmentRetention.java",
          "retention/Retention.java");

  private static final Pattern TRAIL_FIELD = Pattern.compile("\\bAuditTrail\\s+(\\w+)\\s*;");

  @Test
  void onlySystemJobsRecordByHand() throws IOException {
    List<String> offenders =
        sourcesOutsideAudit()
            .filter(file -> calls(file, "record\\w*") && !onlySystemEvents(file))
            .toList();

    assertEquals(List.of(), offenders);
  }

  @Test
  void systemEventsOnlyFromSystemJobs() throws IOException {
    List<String> offenders =
        sourcesOutsideAudit()
            .filter(file -> calls(file, "recordSystemEvent"))
            .filter(file -> !SYSTEM_JOBS.contains(file))
            .toList();

    assertEquals(List.of(), offenders);
  }

  @Test
  void scanFindsSystemJobs() throws IOException {
    List<String> found =
        sourcesOutsideAudit().filter(file -> calls(file, "recordSystemEvent")).sorted().toList();

    assertEquals(SYSTEM_JOBS.stream().sorted().toList(), found, "the scan sees the known callers");
  }

  private static boolean onlySystemEvents(String file) {
    return SYSTEM_JOBS.contains(file) && !calls(file, "record");
  }

  /** Returns whether the file calls a method matching the name on a field of type AuditTrail. */
  private static boolean calls(String file, String methodName) {
    String source = read(SOURCES.resolve(file));
    Matcher field = TRAIL_FIELD.matcher(source);
    while (field.find()) {
      Pattern call =
          Pattern.compile(
              "\\b" + Pattern.quote(field.group(1)) + "\\s*\\.\\s*" + methodName + "\\(");
      if (call.matcher(source).find()) {
        return true;
      }
    }
    return false;
  }

  private static Stream<String> sourcesOutsideAudit() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(path -> path.toString().endsWith(".java"))
          .map(path -> SOURCES.relativize(path).toString().replace('\\', '/'))
          .filter(file -> !file.startsWith("audit/"))
          .toList()
          .stream();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }
}
