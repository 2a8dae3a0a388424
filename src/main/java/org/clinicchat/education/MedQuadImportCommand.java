package org.clinicchat.education;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Command-line importer: rebuilds the education index from MedQuAD XML files and prints progress.
 * Running it again replaces the index; a running server picks the new one up at its next start.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.clinicchat.education.MedQuadImportCommand \
 *     -Dexec.args="MEDQUAD_FOLDER INDEX_FOLDER"
 * </pre>
 */
public final class MedQuadImportCommand {

  static final String USAGE =
      "Usage: MedQuadImportCommand MEDQUAD_FOLDER INDEX_FOLDER\n"
          + "  MEDQUAD_FOLDER  folder with MedQuAD XML files, searched recursively\n"
          + "  INDEX_FOLDER    folder of the education index; its previous contents are replaced";

  private MedQuadImportCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the import and returns the process exit status: 0 on success, 2 on bad usage. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println(USAGE);
      return 2;
    }
    Path medquad = Path.of(args[0]);
    Path index = Path.of(args[1]);
    try {
      out.println("Importing MedQuAD from " + medquad + " into " + index);
      EducationIndex.ImportSummary summary =
          EducationIndex.rebuild(
              medquad,
              index,
              progress ->
                  out.println(
                      "  " + progress.files() + " files read, " + progress.answers() + " answers"));
      out.println("Imported " + summary.answers() + " answers from " + summary.files() + " files");
      return 0;
    } catch (IOException e) {
      err.println("Import failed: " + e.getMessage());
      return 1;
    }
  }
}
