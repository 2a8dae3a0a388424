package org.clinicchat.education;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Detects which MedQuAD question types ({@code qtype}) a patient's question asks about, from
 * wording cues such as "symptoms" or "how is it treated". A question may ask about several. The
 * general type {@value #INFORMATION} counts only when no other type is found, because its cues
 * ("what are", "tell me about") also begin questions about symptoms, causes or treatment. "About"
 * alone is no cue, because patients write it for amounts and times ("for about 2 days").
 */
final class QuestionType {

  static final String INFORMATION = "information";

  private record Cue(Pattern pattern, List<String> types) {}

  private static final List<Cue> CUES =
      List.of(
          cue("\\b(symptom|symptoms|signs?|feel like|experienc\\w*)\\b", "symptoms"),
          cue("\\b(cause|causes|caused|causing|why|reason|trigger\\w*)\\b", "causes"),
          cue(
              "\\b(treat\\w*|cure\\w*|therap\\w*|remed\\w*|medication for|get rid|heal|heals|healing"
                  + "|surgery|manage\\w*)\\b",
              "treatment"),
          cue(
              "\\b(test|tests|testing|diagnos\\w*|screening|detect\\w*|scan|blood work)\\b",
              "exams and tests"),
          cue("\\b(prevent\\w*|avoid\\w*|reduce the risk|protect)\\b", "prevention"),
          cue(
              "\\b(inherit\\w*|hereditar\\w*|genetic\\w*|gene|genes|run in|passed down"
                  + "|family history)\\b",
              "inheritance",
              "genetic changes"),
          cue("\\b(side effects?|adverse|reaction)\\b", "side effects"),
          cue("\\b(dose|dosage|how much|how many|mg|milligram\\w*)\\b", "usage", "dose"),
          cue(
              "\\b(outlook|prognosis|life expectancy|survival|surviv\\w*|recover\\w*|go away"
                  + "|fatal|die)\\b",
              "outlook"),
          cue("\\b(how common|how many people|prevalen\\w*|frequen\\w*)\\b", "frequency"),
          cue("\\b(complication\\w*|lead to|result in|long term)\\b", "complications"),
          cue(
              "\\b(interact\\w*|together with|mix|combine|alcohol)\\b",
              "interactions with medications",
              "precautions"),
          cue("\\b(used for|use for|what is it for|indicat\\w*)\\b", "indication", "usage"),
          cue("\\b(research|clinical trials?|studies|study)\\b", "research"),
          cue("\\b(who gets|at risk|risk factors?|susceptib\\w*)\\b", "susceptibility"),
          cue(
              "\\b(what is|what are|what s|information|info|tell me about|know about|learn about|more about)\\b",
              INFORMATION));

  private QuestionType() {}

  /**
   * Returns the question types whose cues the text matches, most specific cue first, and {@value
   * #INFORMATION} only when it is the one type found.
   */
  static Set<String> detect(String question) {
    String text = question.toLowerCase(Locale.ROOT).replace('\'', ' ');
    Set<String> types = new LinkedHashSet<>();
    for (Cue cue : CUES) {
      if (cue.pattern().matcher(text).find()) {
        types.addAll(cue.types());
      }
    }
    if (types.size() > 1) {
      types.remove(INFORMATION);
    }
    return types;
  }

  private static Cue cue(String regex, String... types) {
    return new Cue(Pattern.compile(regex), List.of(types));
  }
}
