package org.clinicchat.consent;

import java.io.Serial;
import java.io.Serializable;

/** One section of the consent notice on the editing page, in English and Spanish. */
public class NoticeSectionForm implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private String englishHeading = "";
  private String englishText = "";
  private String spanishHeading = "";
  private String spanishText = "";

  static NoticeSectionForm of(NoticeDocument.Section english, NoticeDocument.Section spanish) {
    NoticeSectionForm form = new NoticeSectionForm();
    form.englishHeading = english.heading();
    form.englishText = english.text();
    if (spanish != null) {
      form.spanishHeading = spanish.heading();
      form.spanishText = spanish.text();
    }
    return form;
  }

  NoticeDocument.Section english() {
    return new NoticeDocument.Section(englishHeading.strip(), englishText.strip());
  }

  NoticeDocument.Section spanish() {
    return new NoticeDocument.Section(spanishHeading.strip(), spanishText.strip());
  }

  public String getEnglishHeading() {
    return englishHeading;
  }

  public void setEnglishHeading(String englishHeading) {
    this.englishHeading = englishHeading == null ? "" : englishHeading;
  }

  public String getEnglishText() {
    return englishText;
  }

  public void setEnglishText(String englishText) {
    this.englishText = englishText == null ? "" : englishText;
  }

  public String getSpanishHeading() {
    return spanishHeading;
  }

  public void setSpanishHeading(String spanishHeading) {
    this.spanishHeading = spanishHeading == null ? "" : spanishHeading;
  }

  public String getSpanishText() {
    return spanishText;
  }

  public void setSpanishText(String spanishText) {
    this.spanishText = spanishText == null ? "" : spanishText;
  }
}
