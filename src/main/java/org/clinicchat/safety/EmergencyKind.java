package org.clinicchat.safety;

/**
 * The emergencies the screen recognises, each with the first line of its fixed answer. Poisoning
 * leads with Poison Control and self-harm with the 988 crisis line; every answer also says to call
 * 911.
 */
public enum EmergencyKind {
  CHEST_PAIN(
      "Chest pain or pressure can be a heart attack.",
      "El dolor o la presión en el pecho puede ser un ataque al corazón."),
  STROKE(
      "A drooping face, weakness on one side or slurred speech can be a stroke.",
      "La cara caída, la debilidad de un lado o el habla arrastrada pueden ser un derrame"
          + " cerebral."),
  TROUBLE_BREATHING(
      "Trouble breathing is an emergency.", "La dificultad para respirar es una emergencia."),
  SEVERE_BLEEDING(
      "Bleeding that will not stop is an emergency. Press firmly on the wound.",
      "Un sangrado que no para es una emergencia. Presione con firmeza sobre la herida."),
  ANAPHYLAXIS(
      "A swelling throat or tongue after an allergen can be anaphylaxis. Use an epinephrine"
          + " auto-injector if you have one.",
      "La garganta o la lengua hinchadas tras un alérgeno pueden ser anafilaxia. Use su"
          + " autoinyector de epinefrina si tiene uno."),
  POISONING(
      "For an overdose or a poisoning, call Poison Control at 1-800-222-1222 now.",
      "Por una sobredosis o un envenenamiento, llame ahora a Control de Envenenamientos al"
          + " 1-800-222-1222."),
  SELF_HARM(
      "You are not alone. Call or text 988, the Suicide and Crisis Lifeline, now.",
      "No está solo. Llame o envíe un mensaje de texto al 988, la Línea de Prevención del"
          + " Suicidio y Crisis, ahora.");

  private final String englishLead;
  private final String spanishLead;

  EmergencyKind(String englishLead, String spanishLead) {
    this.englishLead = englishLead;
    this.spanishLead = spanishLead;
  }

  /** Returns the first line of the fixed answer in the given language. */
  String lead(Language language) {
    return language == Language.SPANISH ? spanishLead : englishLead;
  }
}
