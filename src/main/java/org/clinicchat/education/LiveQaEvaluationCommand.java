package org.clinicchat.education;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates the education search on LiveQA-style questions: runs each question's SUBJECT and
 * MESSAGE through {@link EducationSearch#search}, as the chat does, writes a TREC run file ({@code
 * QNUM Q0 ANSWER_ID RANK SCORE TAG} per line) and prints avgScore, MAP@10 and MRR@10.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.clinicchat.education.LiveQaEvaluationCommand \
 *     -Dexec.args="QUESTIONS_XML JUDGMENTS_TXT INDEX_FOLDER RUN_FILE"
 * </pre>
 */
public final class LiveQaEvaluationCommand {

  static final String RUN_TAG = "clinicchat";

  static final String USAGE =
      "Usage: LiveQaEvaluationCommand QUESTIONS_XML JUDGMENTS_TXT INDEX_FOLDER RUN_FILE\n"
          + "  QUESTIONS_XML  LiveQA questions, <NLM-QUESTION qid=\"TQn\"> with SUBJECT and MESSAGE\n"
          + "  JUDGMENTS_TXT  one 'QUESTION_NUMBER JUDGMENT ANSWER_ID' per line\n"
          + "  INDEX_FOLDER   education index written by MedQuadImportCommand\n"
          + "  RUN_FILE       TREC run file to write; an existing file is replaced";

  private LiveQaEvaluationCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the evaluation and returns the process exit status: 0 on success, 2 on bad usage. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 4) {
      err.println(USAGE);
      return 2;
    }
    try (EducationSearch search = EducationSearch.open(Path.of(args[2]))) {
      RetrievalMetrics metrics =
          evaluate(
              LiveQaFiles.questions(Path.of(args[0])),
              LiveQaFiles.judgments(Path.of(args[1])),
              search,
              Path.of(args[3]));
      out.println(report(metrics));
      return 0;
    } catch (IOException e) {
      err.println("Evaluation failed: " + e.getMessage());
      return 1;
    }
  }

  /** Searches every question, writes the run file and returns the scores. */
  static RetrievalMetrics evaluate(
      List<LiveQaQuestion> questions,
      Map<Integer, Map<String, Integer>> judgments,
      EducationSearch search,
      Path runFile)
      throws IOException {
    Map<Integer, List<String>> run = new LinkedHashMap<>();
    try (Writer writer = Files.newBufferedWriter(runFile, StandardCharsets.UTF_8)) {
      for (LiveQaQuestion question : questions) {
        List<EducationHit> hits = search.search(question.text(), RetrievalMetrics.CUTOFF);
        for (int rank = 1; rank <= hits.size(); rank++) {
          EducationHit hit = hits.get(rank - 1);
          writer.write(
              String.format(
                  Locale.ROOT,
                  "%d Q0 %s %d %.4f %s%n",
                  question.number(),
                  hit.answer().answerId(),
                  rank,
                  hit.score(),
                  RUN_TAG));
        }
        run.put(question.number(), hits.stream().map(h -> h.answer().answerId()).toList());
      }
    }
    List<Integer> numbers = questions.stream().map(LiveQaQuestion::number).toList();
    return RetrievalMetrics.score(numbers, run, judgments);
  }

  static String report(RetrievalMetrics metrics) {
    return String.format(
        Locale.ROOT,
        "questions %d%navgScore %.3f%nMAP@10 %.3f%nMRR@10 %.3f",
        metrics.questions(),
        metrics.avgScore(),
        metrics.map10(),
        metrics.mrr10());
  }
}
