package org.clinicchat.safety;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a request for a diagnosis or a prescription, which the assistant never gives, and
 * returns the fixed answer that says so. Questions about general health information, and refills of
 * a prescription the patient already has, are not such requests.
 */
public final class MedicalAdviceBoundary {

  static final String ENGLISH_ANSWER =
      "I can't diagnose conditions or prescribe or dose medicines: only your clinician can, after"
          + " an exam. I can share general health information from trusted sources, or you can call"
          + " us at (555) 010-4477 to speak with a nurse or book a visit. If this is an emergency,"
          + " call 911.";
  static final String SPANISH_ANSWER =
      "No puedo diagnosticar enfermedades ni recetar o dosificar medicamentos: solo su médico puede"
          + " hacerlo, después de examinarle. Puedo darle información general de salud de fuentes"
          + " confiables, o puede llamarnos al (555) 010-4477 para hablar con una enfermera o pedir"
          + " una cita. Si es una emergencia, llame al 911.";

  private static final List<Pattern> ENGLISH =
      patterns(
          "\\b(can|could|would|will) you (diagnose|prescribe|tell me what i have)\\b",
          "\\bdiagnose (me|my|him|her|this|it)\\b",
          "\\b(me a|your) diagnosis\\b",
          "\\bwhat (do|does|might|could) (i|he|she|my \\w+) have\\b(?! to\\b)",
          "\\b(do|could|might) i have (a |an |the )?(cancer|diabetes|covid|flu|infection|strep"
              + "|pneumonia|tumou?r|std|hiv|disease|condition|something serious|\\w+itis)\\b",
          "\\bwhat is wrong with me\\b",
          "\\bprescribe (me|my|him|her|something|antibiotics)\\b",
          "\\bwhat (medicine|medication|drug|pill|pills|antibiotic|dose|dosage) should (i|he|she)"
              + " (take|give|use)\\b",
          "\\bhow (much|many)( \\w+){0,4} should (i|he|she|my \\w+) (take|give|have)\\b",
          "\\bshould (i|he|she) (stop|start|double|take|increase|decrease)( \\w+)? (taking )?"
              + "(my |his |her |the )?(medicine|medication|meds|dose|pills|insulin)\\b");

  private static final List<Pattern> SPANISH =
      patterns(
          "\\b(diagnosticarme|diagnostiqueme|diagnosticarle|puede diagnosticar|un diagnostico"
              + "|su diagnostico)\\b",
          "\\bque (tengo|tiene|enfermedad tengo)\\b(?! que\\b)",
          "\\b(recetame|recetarme|recetar|receteme|me puede recetar)\\b",
          "\\bque (medicina|medicamento|pastilla|antibiotico|dosis) (debo|tengo que|puedo)"
              + " (tomar|darle)\\b",
          "\\bcuant[oa]s?( \\w+){0,4} (debo|tengo que|puedo) (tomar|darle)\\b");

  /** Returns the fixed answer when the message asks for a diagnosis or a prescription. */
  public Optional<String> refusalFor(String message) {
    String normalized = PatientText.normalize(message);
    if (matchesAny(SPANISH, normalized)) {
      return Optional.of(SPANISH_ANSWER);
    }
    if (matchesAny(ENGLISH, normalized)) {
      return Optional.of(ENGLISH_ANSWER);
    }
    return Optional.empty();
  }

  private static boolean matchesAny(List<Pattern> patterns, String normalized) {
    return patterns.stream().anyMatch(pattern -> pattern.matcher(normalized).find());
  }

  private static List<Pattern> patterns(String... regexes) {
    return List.of(regexes).stream().map(Pattern::compile).toList();
  }
}
