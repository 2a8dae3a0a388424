package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.clinicchat.testing.MedicalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line importer on the CDC slice of MedQuAD. */
class MedQuadImportCommandTest {

  @TempDir Path folder;

  @Test
  void importPrintsProgressAndSummary() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path index = folder.resolve("index");

    int status =
        MedQuadImportCommand.run(
            new String[] {MedicalData.resolve("medquad/9_CDC_QA").toString(), index.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertEquals(0, status);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("59 files read"), printed);
    assertTrue(printed.matches("(?s).*Imported \\d+ answers from 59 files\\s*"), printed);
    assertTrue(EducationSearch.exists(index));
  }

  @Test
  void missingFolderFailsWithMessage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path missing = folder.resolve("missing");

    int status =
        MedQuadImportCommand.run(
            new String[] {missing.toString(), folder.resolve("index").toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, status);
    assertEquals(
        "Import failed: MedQuAD folder not found: " + missing,
        err.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void wrongArgumentCountPrintsUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        MedQuadImportCommand.run(
            new String[0],
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(2, status);
    assertEquals(MedQuadImportCommand.USAGE, err.toString(StandardCharsets.UTF_8).strip());
  }
}
