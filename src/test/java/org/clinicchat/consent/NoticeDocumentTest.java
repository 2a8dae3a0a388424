package org.clinicchat.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.clinicchat.safety.Language;
import org.junit.jupiter.api.Test;

class NoticeDocumentTest {

  private static final NoticeDocument.Section ENGLISH =
      new NoticeDocument.Section("What we collect", "Your messages.");
  private static final NoticeDocument.Section SPANISH =
      new NoticeDocument.Section("Qué recopilamos", "Sus mensajes.");

  private static NoticeDocument notice(String version, Map<String, NoticeDocument.Translation> t) {
    return new NoticeDocument(version, "Before we chat", List.of(ENGLISH), t);
  }

  private static Map<String, NoticeDocument.Translation> spanish() {
    return Map.of("es", new NoticeDocument.Translation("Antes de conversar", List.of(SPANISH)));
  }

  @Test
  void spanishTextFromTranslation() {
    NoticeDocument.Text text = notice("2027-01-15", spanish()).text(Language.SPANISH);

    assertEquals("es", text.language());
    assertEquals("Antes de conversar", text.title());
    assertEquals(List.of(SPANISH), text.sections());
  }

  @Test
  void missingTranslationFallsBackToEnglish() {
    NoticeDocument.Text text = notice("2027-01-15", null).text(Language.SPANISH);

    assertEquals("en", text.language());
    assertEquals("Before we chat", text.title());
  }

  @Test
  void completeNoticeHasNoProblems() {
    assertEquals(List.of(), notice("2027-01-15", spanish()).problems());
  }

  @Test
  void versionWithSpaceRejected() {
    assertEquals(1, notice("2027 01 15", spanish()).problems().size());
  }

  @Test
  void blankVersionRejected() {
    assertEquals(1, notice("", spanish()).problems().size());
  }

  @Test
  void sectionWithoutTextRejected() {
    NoticeDocument document =
        new NoticeDocument(
            "v2", "Title", List.of(new NoticeDocument.Section("Heading", " ")), spanish());

    assertEquals(List.of("English: section 1 needs a heading and a text."), document.problems());
  }

  @Test
  void translationWithoutTitleRejected() {
    NoticeDocument document =
        notice("v2", Map.of("es", new NoticeDocument.Translation("", List.of(SPANISH))));

    assertTrue(document.problems().getFirst().contains("es translation: the title is missing"));
  }
}
