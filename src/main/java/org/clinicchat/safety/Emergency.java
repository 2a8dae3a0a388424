package org.clinicchat.safety;

import java.util.Objects;

/**
 * A message that suggests an emergency: its kind and the language of the words that matched, which
 * selects the language of the fixed answer.
 */
public record Emergency(EmergencyKind kind, Language language) {

  static final String ENGLISH_INSTRUCTIONS =
      "Call 911 now, or go to the nearest emergency room. For a mental-health crisis, call or text"
          + " 988. For a poisoning or an overdose, call Poison Control at 1-800-222-1222. Do not"
          + " wait for a reply in this chat: it is not watched around the clock, and I cannot"
          + " diagnose or treat you.";
  static final String SPANISH_INSTRUCTIONS =
      "Llame al 911 ahora o vaya a la sala de emergencias más cercana. Para una crisis de salud"
          + " mental, llame o envíe un mensaje al 988. Para un envenenamiento o una sobredosis,"
          + " llame a Control de Envenenamientos al 1-800-222-1222. No espere una respuesta en este"
          + " chat: no se atiende a toda hora y no puedo diagnosticarle ni tratarle.";

  public Emergency {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
  }

  /** Returns the fixed answer: the kind's first line, then 911, 988 and Poison Control. */
  public String answer() {
    String instructions =
        language == Language.SPANISH ? SPANISH_INSTRUCTIONS : ENGLISH_INSTRUCTIONS;
    return kind.lead(language) + " " + instructions;
  }
}
