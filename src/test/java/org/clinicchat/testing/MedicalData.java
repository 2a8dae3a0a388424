package org.clinicchat.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public medical data (MedQuAD and LiveQA) that tests read in place. The build passes its
 * folder as {@code clinicchat.test.medical-data}; CI has it, so a missing folder fails the test.
 */
public final class MedicalData {

  static final String PROPERTY = "clinicchat.test.medical-data";

  private MedicalData() {}

  /** Returns a path inside the data folder, after checking that it exists. */
  public static Path resolve(String relativePath) {
    String folder = System.getProperty(PROPERTY);
    if (folder == null) {
      throw new IllegalStateException(
          PROPERTY + " is not set: run the tests with Maven, or pass -D" + PROPERTY + "=FOLDER");
    }
    Path path = Path.of(folder).resolve(relativePath);
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          "Medical test data not found at "
              + path
              + ": set -Dclinicchat.medical-data to the folder that holds medquad/ and liveqa-med/");
    }
    return path;
  }
}
