package org.clinicchat.education;

import java.util.List;

/**
 * One question-answer pair of MedQuAD with answer text.
 *
 * @param answerId the identifier the LiveQA judgments use, {@code SOURCE_DOCID_SecPID.txt}
 * @param source the document's {@code source} attribute, such as {@code GHR}
 * @param url the page the answer was taken from, which every reply must link
 * @param focus the disease, drug or test the document is about
 * @param conceptIds the UMLS concept identifiers (CUIs) of the focus, from the document's
 *     annotations
 * @param synonyms other names of the focus from the document's UMLS annotations
 * @param question the question as MedQuAD words it
 * @param questionType MedQuAD's {@code qtype}, such as {@code symptoms} or {@code treatment}
 * @param text the answer text, as published
 * @param abbreviations abbreviations of the focus that its document defines, such as NPH
 */
public record EducationAnswer(
    String answerId,
    String source,
    String url,
    String focus,
    List<String> conceptIds,
    List<String> synonyms,
    String question,
    String questionType,
    String text,
    List<String> abbreviations) {

  public EducationAnswer {
    conceptIds = List.copyOf(conceptIds);
    synonyms = List.copyOf(synonyms);
    abbreviations = List.copyOf(abbreviations);
  }

  /** Returns this answer with the abbreviations its document defines. */
  EducationAnswer withAbbreviations(List<String> defined) {
    return new EducationAnswer(
        answerId, source, url, focus, conceptIds, synonyms, question, questionType, text, defined);
  }

  /** Returns the identifier of the answer's MedQuAD document, its answer id without the pair. */
  String documentId() {
    int pair = answerId.lastIndexOf("_Sec");
    return pair < 0 ? answerId : answerId.substring(0, pair);
  }

  /**
   * Returns the identifier that the LiveQA judgments use for a pair. The herbs and supplements
   * source is abbreviated there as {@code MPlusHerbsSuppls}.
   */
  static String answerId(String source, String documentId, String pairId) {
    String prefix = "MPlusHerbsSupplements".equals(source) ? "MPlusHerbsSuppls" : source;
    return prefix + "_" + documentId + "_Sec" + pairId + ".txt";
  }
}
