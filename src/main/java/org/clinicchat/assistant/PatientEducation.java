package org.clinicchat.assistant;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicchat.education.EducationHit;
import org.clinicchat.education.EducationIndex;
import org.clinicchat.education.EducationSearch;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Patient-education answers from the MedQuAD index in the folder named by {@value #PROPERTY_INDEX}.
 * When that folder holds no index yet and {@value #PROPERTY_MEDQUAD} names the MedQuAD files, the
 * index is built at start. Without {@value #PROPERTY_INDEX}, education answers are off and the
 * assistant answers from the FAQ only.
 */
@ApplicationScoped
public class PatientEducation implements EducationAnswers {

  static final String PROPERTY_INDEX = "clinicchat.education.index-location";
  static final String PROPERTY_MEDQUAD = "clinicchat.education.medquad-location";

  /** How many answers are read to find one whose focus the question names. */
  private static final int CANDIDATES = 10;

  private static final Logger LOG = Logger.getLogger(PatientEducation.class.getName());

  @Inject
  @ConfigProperty(name = PROPERTY_INDEX)
  Optional<String> indexLocation;

  @Inject
  @ConfigProperty(name = PROPERTY_MEDQUAD)
  Optional<String> medquadLocation;

  private volatile EducationSearch search;

  @PostConstruct
  void open() {
    if (indexLocation.isEmpty()) {
      LOG.warning(PROPERTY_INDEX + " is not set: the assistant gives no patient-education answers");
      return;
    }
    Path index = Path.of(indexLocation.get());
    try {
      if (!EducationSearch.exists(index) && medquadLocation.isPresent()) {
        importFrom(Path.of(medquadLocation.get()), index);
      }
      search = EducationSearch.open(index);
      LOG.info(() -> "Opened the education index with " + size() + " answers");
    } catch (IOException e) {
      // A missing index is a setup step not yet taken, not a fault: one line, no stack trace.
      LOG.warning(
          () ->
              "Cannot open the education index at "
                  + index
                  + " ("
                  + e.getMessage()
                  + "); education answers are off until MedQuAD is imported on the Patient"
                  + " education page");
    }
  }

  private static void importFrom(Path medquad, Path index) throws IOException {
    LOG.info(() -> "Building the education index from MedQuAD in " + medquad);
    EducationIndex.ImportSummary summary =
        EducationIndex.rebuild(
            medquad,
            index,
            progress -> LOG.fine(() -> progress.files() + " MedQuAD files imported"));
    LOG.info(() -> "Imported " + summary.answers() + " answers from " + summary.files() + " files");
  }

  /** Returns the number of answers in the index, or -1 when education answers are off. */
  public int size() {
    EducationSearch current = search;
    if (current == null) {
      return -1;
    }
    try {
      return current.size();
    } catch (IOException e) {
      return -1;
    }
  }

  /** Returns the index folder, or empty when education answers are off. */
  public Optional<Path> indexFolder() {
    return indexLocation.map(Path::of);
  }

  /** Returns the MedQuAD folder that imports read, or empty when none is configured. */
  public Optional<Path> medquadFolder() {
    return medquadLocation.map(Path::of);
  }

  /** Makes answers come from the newest import in the index folder, without a restart. */
  synchronized void reopen() throws IOException {
    if (search == null) {
      search = EducationSearch.open(indexFolder().orElseThrow());
    } else {
      search.refresh();
    }
  }

  @Override
  public Optional<Reply> answer(String question) {
    return search == null ? Optional.empty() : answerFrom(search, question);
  }

  /**
   * Returns the best answer whose focus the question names, formatted with its source. A focus of
   * the same UMLS concept as a named one counts as named, so "xerostomia" can get the answer about
   * "dry mouth".
   */
  static Optional<Reply> answerFrom(EducationSearch search, String question) {
    List<EducationHit> hits = search.search(question, CANDIDATES);
    return hits.stream()
        .filter(EducationHit::focusNamed)
        .findFirst()
        .map(hit -> EducationReplies.reply(hit.answer()));
  }

  @PreDestroy
  void close() {
    if (search == null) {
      return;
    }
    try {
      search.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the education index failed", e);
    }
  }
}
