package org.clinicchat.assistant;

import java.util.Map;
import org.clinicchat.education.EducationAnswer;

/**
 * Turns a MedQuAD answer into the text a patient reads: the answer as published, cut at a sentence
 * end when it is long, then its publisher and the link to the whole page. The text is never
 * reworded, so the assistant shows only what the source wrote.
 */
final class EducationReplies {

  /** Maximum length of an excerpt shown in the chat, in characters. The link leads to the rest. */
  static final int MAX_EXCERPT_LENGTH = 700;

  private static final Map<String, String> PUBLISHERS =
      Map.ofEntries(
          Map.entry("ADAM", "A.D.A.M. Medical Encyclopedia on MedlinePlus (NIH)"),
          Map.entry("CDC", "Centers for Disease Control and Prevention (CDC)"),
          Map.entry("CancerGov", "National Cancer Institute (NIH)"),
          Map.entry("GARD", "Genetic and Rare Diseases Information Center (NIH)"),
          Map.entry("GHR", "Genetics Home Reference (NIH)"),
          Map.entry("MPlusDrugs", "MedlinePlus drug information (NIH)"),
          Map.entry("MPlusHealthTopics", "MedlinePlus health topics (NIH)"),
          Map.entry("MPlusHerbsSupplements", "MedlinePlus herbs and supplements (NIH)"),
          Map.entry("NHLBI", "National Heart, Lung, and Blood Institute (NIH)"),
          Map.entry("NIDDK", "National Institute of Diabetes and Digestive and Kidney Diseases"),
          Map.entry("NINDS", "National Institute of Neurological Disorders and Stroke (NIH)"),
          Map.entry("NIHSeniorHealth", "NIHSeniorHealth (NIH)"));

  private EducationReplies() {}

  static Reply reply(EducationAnswer answer) {
    String publisher = PUBLISHERS.getOrDefault(answer.source(), answer.source());
    String excerpt = excerpt(answer.text());
    boolean shortened = excerpt.length() < answer.text().length();
    String text =
        excerpt
            + "\n\n"
            + (shortened ? "Read the whole answer at " : "Source: ")
            + publisher
            + ", "
            + answer.url()
            + "\nThis is general information from a trusted source, not advice for you. For"
            + " advice, ask your clinician.";
    return new Reply(text, Reply.EDUCATION_TOPIC, false, new Reply.Source(publisher, answer.url()));
  }

  /** Returns the text, or its beginning up to the last sentence end within the limit, plus "…". */
  static String excerpt(String text) {
    if (text.length() <= MAX_EXCERPT_LENGTH) {
      return text;
    }
    String head = text.substring(0, MAX_EXCERPT_LENGTH);
    int sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n"));
    int wordEnd = head.lastIndexOf(' ');
    int cut = sentenceEnd > MAX_EXCERPT_LENGTH / 3 ? sentenceEnd + 1 : Math.max(wordEnd, 1);
    return head.substring(0, cut).trim() + " …";
  }
}
