package org.clinicchat.assistant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinicchat.safety.Language;

/**
 * Backs the FAQ admin page: edits the newest version's topics, fallback and synonyms, publishes
 * them as a new version, and restores an earlier one. The services it calls allow administrators
 * only.
 */
@Named
@ViewScoped
public class FaqEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  private int version;
  private List<FaqTopicForm> topics = new ArrayList<>();
  private String englishFallback = "";
  private String spanishFallback = "";
  private String synonyms = "";
  private String note = "";

  @PostConstruct
  void load() {
    FaqSnapshot current = library().current();
    version = current.version();
    FaqDocument document = current.document();
    topics = new ArrayList<>(document.entries().stream().map(FaqTopicForm::of).toList());
    englishFallback = document.fallback(Language.ENGLISH);
    spanishFallback = document.fallback().getOrDefault(Language.SPANISH.code(), "");
    synonyms =
        document.synonymGroups().stream()
            .map(group -> String.join(", ", group))
            .collect(Collectors.joining("\n"));
    note = "";
  }

  /** Adds an empty topic at the end of the form. */
  public void addTopic() {
    topics.add(new FaqTopicForm());
  }

  /** Removes a topic from the form; nothing changes until the form is published. */
  public void removeTopic(FaqTopicForm topic) {
    topics.remove(topic);
  }

  /** Publishes the form as the next version, or shows what to correct and keeps the form. */
  public String publish() {
    try {
      int published = library().publish(document(), note);
      load();
      inform("Published FAQ version " + published + ". The assistant answers from it now.");
    } catch (InvalidFaqException e) {
      reject(e);
    }
    return null;
  }

  /** Publishes an earlier version again as the next version. */
  public String restore(int number) {
    try {
      int published = library().restore(number);
      load();
      inform("Restored version " + number + " as version " + published + ".");
    } catch (InvalidFaqException e) {
      reject(e);
    }
    return null;
  }

  /** Returns every published version, newest first. */
  public List<FaqVersion> getHistory() {
    return versions().history();
  }

  // Looked up on each use instead of injected into fields: a view-scoped bean is serialized with
  // the session, and the services are application-scoped beans that need not be.
  private static FaqLibrary library() {
    return CDI.current().select(FaqLibrary.class).get();
  }

  private static FaqVersions versions() {
    return CDI.current().select(FaqVersions.class).get();
  }

  private FaqDocument document() {
    Map<String, String> fallback = new LinkedHashMap<>();
    fallback.put(Language.ENGLISH.code(), englishFallback.strip());
    if (!spanishFallback.isBlank()) {
      fallback.put(Language.SPANISH.code(), spanishFallback.strip());
    }
    List<List<String>> groups =
        synonyms.lines().map(FaqTopicForm::split).filter(group -> group.size() > 1).toList();
    return new FaqDocument(topics.stream().map(FaqTopicForm::toEntry).toList(), fallback, groups);
  }

  private static void inform(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text));
  }

  private static void reject(InvalidFaqException e) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
  }

  public int getVersion() {
    return version;
  }

  public List<FaqTopicForm> getTopics() {
    return topics;
  }

  public String getEnglishFallback() {
    return englishFallback;
  }

  public void setEnglishFallback(String englishFallback) {
    this.englishFallback = englishFallback == null ? "" : englishFallback;
  }

  public String getSpanishFallback() {
    return spanishFallback;
  }

  public void setSpanishFallback(String spanishFallback) {
    this.spanishFallback = spanishFallback == null ? "" : spanishFallback;
  }

  public String getSynonyms() {
    return synonyms;
  }

  public void setSynonyms(String synonyms) {
    this.synonyms = synonyms == null ? "" : synonyms;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note == null ? "" : note;
  }
}
