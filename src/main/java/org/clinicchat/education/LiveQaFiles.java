package org.clinicchat.education;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the two inputs of a LiveQA evaluation: the questions ({@code <NLM-QUESTION qid="TQn">} with
 * {@code <SUBJECT>} and {@code <MESSAGE>}) and the judgments ({@code QUESTION_NUMBER JUDGMENT
 * ANSWER_ID} per line, the judgment being {@code 1-Incorrect} to {@code 4-Excellent}).
 */
final class LiveQaFiles {

  private LiveQaFiles() {}

  /** Returns the questions in file order. Only SUBJECT and MESSAGE are read. */
  static List<LiveQaQuestion> questions(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<LiveQaQuestion> questions = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      Integer number = null;
      String subject = "";
      String message = "";
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "NLM-QUESTION" -> {
              number = questionNumber(xml.getAttributeValue(null, "qid"), file);
              subject = "";
              message = "";
            }
            case "SUBJECT" -> subject = xml.getElementText().trim();
            case "MESSAGE" -> message = xml.getElementText().trim();
            default -> {
              // Paraphrases, summaries and annotations are not shown to the system.
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && "NLM-QUESTION".equals(xml.getLocalName())
            && number != null) {
          questions.add(new LiveQaQuestion(number, subject, message));
          number = null;
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Invalid questions XML in " + file + ": " + e.getMessage(), e);
    }
    return questions;
  }

  /**
   * Returns the judgments as question number, then answer id, then grade: 0 for Incorrect, 1
   * Related, 2 Incomplete, 3 Excellent.
   */
  static Map<Integer, Map<String, Integer>> judgments(Path file) throws IOException {
    Map<Integer, Map<String, Integer>> judgments = new HashMap<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.trim().split("\\s+");
      if (fields.length != 3 || !fields[1].matches("[1-4]-\\w+")) {
        throw new IOException(
            "Invalid judgment at "
                + file
                + ":"
                + lineNumber
                + ": expected QUESTION_NUMBER JUDGMENT ANSWER_ID, such as 1 4-Excellent X_1_Sec1.txt");
      }
      int grade = fields[1].charAt(0) - '1';
      judgments
          .computeIfAbsent(Integer.parseInt(fields[0]), n -> new HashMap<>())
          .put(fields[2], grade);
    }
    return judgments;
  }

  private static int questionNumber(String qid, Path file) throws IOException {
    if (qid == null || !qid.matches("TQ\\d+")) {
      throw new IOException("Invalid qid " + qid + " in " + file + ": expected TQ and a number");
    }
    return Integer.parseInt(qid.substring(2));
  }
}
