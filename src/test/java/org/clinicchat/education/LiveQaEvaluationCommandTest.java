package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicchat.testing.MedicalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation command on two judged questions over the CDC slice of MedQuAD. Question 7 asks for
 * rabies symptoms, whose Excellent answer ranks first: grade 3, AP 1, RR 1. Question 9 asks about
 * botulism, and its only judged answer (about Acanthamoeba) is not returned: 0, 0, 0. So avgScore
 * is 1.5 and MAP@10 and MRR@10 are 0.5.
 */
class LiveQaEvaluationCommandTest {

  @TempDir Path folder;

  @Test
  void tinyJudgedSetScoredAndRunWritten() throws Exception {
    Path index = folder.resolve("index");
    Path runFile = folder.resolve("tiny.run");
    EducationIndex.rebuild(MedicalData.resolve("medquad/9_CDC_QA"), index, p -> {});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        LiveQaEvaluationCommand.run(
            new String[] {
              resource("tiny-questions.xml"),
              resource("tiny-qrels.txt"),
              index.toString(),
              runFile.toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals(
        "questions 2\navgScore 1.500\nMAP@10 0.500\nMRR@10 0.500",
        out.toString(StandardCharsets.UTF_8).strip().replace("\r\n", "\n"));
    List<String> run = Files.readAllLines(runFile);
    assertTrue(run.get(0).matches("7 Q0 CDC_0000342_Sec2\\.txt 1 \\d+\\.\\d{4} clinicchat"));
    assertTrue(run.stream().filter(line -> line.startsWith("7 ")).count() <= 10);
    // Question 9 is read from SUBJECT and MESSAGE only; its paraphrase names rabies.
    assertFalse(run.stream().anyMatch(line -> line.matches("9 Q0 CDC_0000342_.*")));
  }

  @Test
  void wrongArgumentCountPrintsUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        LiveQaEvaluationCommand.run(
            new String[] {"questions.xml"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(2, status);
    assertEquals(LiveQaEvaluationCommand.USAGE, err.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void invalidJudgmentLineRejected() throws IOException {
    Path judgments = Files.writeString(folder.resolve("bad.txt"), "7 Excellent X.txt\n");

    IOException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> LiveQaFiles.judgments(judgments));

    assertEquals(
        "Invalid judgment at "
            + judgments
            + ":1: expected QUESTION_NUMBER JUDGMENT ANSWER_ID, such as 1 4-Excellent X_1_Sec1.txt",
        error.getMessage());
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(LiveQaEvaluationCommandTest.class.getResource("/liveqa/" + name).toURI())
        .toString();
  }
}
