package org.clinicchat.breach;

import org.clinicchat.safety.Language;

/**
 * A kind of PHI that an incident involved, as a notice letter names it under 45 CFR
 * 164.404(c)(1)(B). A fixed list with both languages' wording, so a letter never mixes languages.
 */
public enum PhiKind {
  NAME("full name", "nombre completo"),
  DATE_OF_BIRTH("date of birth", "fecha de nacimiento"),
  CONTACT_DETAILS("email address or telephone number", "correo electrónico o número de teléfono"),
  CHAT_MESSAGES(
      "the messages you wrote in the clinic's online chat, which may describe your health",
      "los mensajes que escribió en el chat en línea de la clínica, que pueden describir su salud"),
  APPOINTMENT_DETAILS("appointment dates and times", "fechas y horas de citas"),
  INSURANCE_DETAILS("health insurance information", "información del seguro médico");

  private final String english;
  private final String spanish;

  PhiKind(String english, String spanish) {
    this.english = english;
    this.spanish = spanish;
  }

  /** Returns the kind in a letter's language. */
  public String label(Language language) {
    return language == Language.SPANISH ? spanish : english;
  }

  /** Returns the English wording, for the register page. */
  public String getLabel() {
    return english;
  }
}
