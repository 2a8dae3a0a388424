package org.clinicchat.assistant;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicchat.safety.Language;

/** One topic of the FAQ as the admin page edits it: phrases as comma-separated lists. */
public class FaqTopicForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String topic = "";
  private String englishPhrases = "";
  private String spanishPhrases = "";
  private String englishAnswer = "";
  private String spanishAnswer = "";

  /** Returns a form filled from an entry. */
  static FaqTopicForm of(FaqEntry entry) {
    FaqTopicForm form = new FaqTopicForm();
    form.topic = entry.topic();
    form.englishPhrases = String.join(", ", entry.phrases().getOrDefault("en", List.of()));
    form.spanishPhrases = String.join(", ", entry.phrases().getOrDefault("es", List.of()));
    form.englishAnswer = entry.answers().getOrDefault("en", "");
    form.spanishAnswer = entry.answers().getOrDefault("es", "");
    return form;
  }

  /** Returns the entry the form describes; blank Spanish fields are left out. */
  FaqEntry toEntry() {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    phrases.put(Language.ENGLISH.code(), split(englishPhrases));
    List<String> spanish = split(spanishPhrases);
    if (!spanish.isEmpty()) {
      phrases.put(Language.SPANISH.code(), spanish);
    }
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put(Language.ENGLISH.code(), englishAnswer.strip());
    if (!spanishAnswer.isBlank()) {
      answers.put(Language.SPANISH.code(), spanishAnswer.strip());
    }
    return new FaqEntry(topic.strip(), phrases, answers);
  }

  /** Splits a comma-separated list into its trimmed, non-empty items. */
  static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic == null ? "" : topic;
  }

  public String getEnglishPhrases() {
    return englishPhrases;
  }

  public void setEnglishPhrases(String englishPhrases) {
    this.englishPhrases = englishPhrases == null ? "" : englishPhrases;
  }

  public String getSpanishPhrases() {
    return spanishPhrases;
  }

  public void setSpanishPhrases(String spanishPhrases) {
    this.spanishPhrases = spanishPhrases == null ? "" : spanishPhrases;
  }

  public String getEnglishAnswer() {
    return englishAnswer;
  }

  public void setEnglishAnswer(String englishAnswer) {
    this.englishAnswer = englishAnswer == null ? "" : englishAnswer;
  }

  public String getSpanishAnswer() {
    return spanishAnswer;
  }

  public void setSpanishAnswer(String spanishAnswer) {
    this.spanishAnswer = spanishAnswer == null ? "" : spanishAnswer;
  }
}
