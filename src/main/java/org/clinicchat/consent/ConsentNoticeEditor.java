package org.clinicchat.consent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicchat.safety.Language;

/**
 * Backs the consent notice page: edits the notice in force in English and Spanish and publishes it
 * as a new version, after which returning patients are asked again. The services it calls allow the
 * privacy officer only.
 */
@Named
@ViewScoped
public class ConsentNoticeEditor implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private String currentVersion;
  private String version = "";
  private String englishTitle = "";
  private String spanishTitle = "";
  private List<NoticeSectionForm> sections = new ArrayList<>();
  private String note = "";

  @PostConstruct
  void load() {
    NoticeVersion latest =
        notices()
            .latest()
            .orElseThrow(() -> new IllegalStateException("No consent notice is published"));
    NoticeDocument document = ConsentNotices.document(latest);
    NoticeDocument.Text spanish = document.text(Language.SPANISH);
    boolean translated = Language.SPANISH.code().equals(spanish.language());
    currentVersion = latest.getVersion();
    version = "";
    englishTitle = document.title();
    spanishTitle = translated ? spanish.title() : "";
    sections = new ArrayList<>();
    for (int i = 0; i < document.sections().size(); i++) {
      NoticeDocument.Section translation =
          translated && i < spanish.sections().size() ? spanish.sections().get(i) : null;
      sections.add(NoticeSectionForm.of(document.sections().get(i), translation));
    }
    note = "";
  }

  /** Adds an empty section at the end of the form. */
  public void addSection() {
    sections.add(new NoticeSectionForm());
  }

  /** Removes a section from the form; nothing changes until the form is published. */
  public void removeSection(NoticeSectionForm section) {
    sections.remove(section);
  }

  /** Publishes the form as the version in force, or shows what to correct and keeps the form. */
  public String publish() {
    try {
      String published = notices().publish(document(), note).version();
      load();
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  "Published notice version "
                      + published
                      + ". Patients who agreed to an earlier version are asked again."));
    } catch (InvalidNoticeException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  /** Returns every published version, newest first. */
  public List<NoticeVersion> getHistory() {
    return notices().history();
  }

  // Looked up on each use instead of injected: a view-scoped bean is serialized with the session.
  private static ConsentNotices notices() {
    return CDI.current().select(ConsentNotices.class).get();
  }

  private NoticeDocument document() {
    List<NoticeDocument.Section> english =
        sections.stream().map(NoticeSectionForm::english).toList();
    List<NoticeDocument.Section> spanish =
        sections.stream().map(NoticeSectionForm::spanish).toList();
    return new NoticeDocument(
        version.strip(),
        englishTitle.strip(),
        english,
        Map.of(
            Language.SPANISH.code(),
            new NoticeDocument.Translation(spanishTitle.strip(), spanish)));
  }

  public String getCurrentVersion() {
    return currentVersion;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version == null ? "" : version;
  }

  public String getEnglishTitle() {
    return englishTitle;
  }

  public void setEnglishTitle(String englishTitle) {
    this.englishTitle = englishTitle == null ? "" : englishTitle;
  }

  public String getSpanishTitle() {
    return spanishTitle;
  }

  public void setSpanishTitle(String spanishTitle) {
    this.spanishTitle = spanishTitle == null ? "" : spanishTitle;
  }

  public List<NoticeSectionForm> getSections() {
    return sections;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note == null ? "" : note;
  }
}
