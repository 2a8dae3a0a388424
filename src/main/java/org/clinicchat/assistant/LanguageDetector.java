package org.clinicchat.assistant;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.clinicchat.safety.Language;

/**
 * Detects whether a patient wrote in English or Spanish from common function words and the Spanish
 * punctuation marks. A message with no clue, such as "ok" or a lone name, counts as English.
 */
final class LanguageDetector {

  private static final Set<String> SPANISH =
      Set.of(
          "el",
          "la",
          "los",
          "las",
          "del",
          "de",
          "que",
          "por",
          "para",
          "con",
          "una",
          "es",
          "son",
          "esta",
          "estan",
          "estoy",
          "hay",
          "mi",
          "mis",
          "su",
          "sus",
          "usted",
          "ustedes",
          "hola",
          "gracias",
          "adios",
          "quiero",
          "necesito",
          "tengo",
          "puedo",
          "puede",
          "donde",
          "cuando",
          "como",
          "cual",
          "horario",
          "horas",
          "abren",
          "cierran",
          "abierto",
          "cita",
          "citas",
          "manana",
          "tarde",
          "noche",
          "hoy",
          "seguro",
          "factura",
          "pagar",
          "receta",
          "hablar",
          "persona",
          "buenos",
          "buenas",
          "dias",
          "ayuda",
          "ayudar",
          "estacionamiento",
          "clinica",
          "llamar",
          "expediente",
          "cancelar",
          "cambiar",
          "semana",
          "proximo",
          "lunes",
          "martes",
          "miercoles",
          "jueves",
          "viernes",
          "sabado",
          "domingo",
          "aceptan",
          "medicamento");

  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "is",
          "are",
          "what",
          "when",
          "where",
          "how",
          "do",
          "does",
          "you",
          "your",
          "i",
          "my",
          "to",
          "of",
          "and",
          "can",
          "could",
          "hours",
          "appointment",
          "please",
          "thanks",
          "thank",
          "hello",
          "hi",
          "open",
          "need",
          "want",
          "have",
          "with",
          "for",
          "an",
          "it",
          "this",
          "that",
          "there",
          "talk",
          "person",
          "bill",
          "refill",
          "insurance",
          "park",
          "parking",
          "tomorrow",
          "today",
          "next",
          "week",
          "morning",
          "afternoon",
          "bye");

  private LanguageDetector() {}

  /** Returns the language the message is written in. */
  static Language detect(String message) {
    if (message == null) {
      return Language.ENGLISH;
    }
    if (message.indexOf('¿') >= 0 || message.indexOf('¡') >= 0 || message.indexOf('ñ') >= 0) {
      return Language.SPANISH;
    }
    String[] words = plain(message).split("[^a-z]+");
    long spanish = Arrays.stream(words).filter(SPANISH::contains).count();
    long english = Arrays.stream(words).filter(ENGLISH::contains).count();
    return spanish > english ? Language.SPANISH : Language.ENGLISH;
  }

  private static String plain(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "");
  }
}
