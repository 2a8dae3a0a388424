package org.clinicchat.safety;

import static org.clinicchat.safety.EmergencyKind.ANAPHYLAXIS;
import static org.clinicchat.safety.EmergencyKind.CHEST_PAIN;
import static org.clinicchat.safety.EmergencyKind.POISONING;
import static org.clinicchat.safety.EmergencyKind.SELF_HARM;
import static org.clinicchat.safety.EmergencyKind.SEVERE_BLEEDING;
import static org.clinicchat.safety.EmergencyKind.STROKE;
import static org.clinicchat.safety.EmergencyKind.TROUBLE_BREATHING;
import static org.clinicchat.safety.Language.ENGLISH;
import static org.clinicchat.safety.Language.SPANISH;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises messages that suggest a medical emergency, in English and Spanish, including common
 * misspellings. It runs on a message before anything else reads it, and it errs on the side of
 * caution: only a negation ("no chest pain", "sin dolor de pecho") or a general or past context
 * ("how to prevent a stroke", "a history of heart attacks") within the three words before the
 * matched phrase, in the same clause, turns a match off.
 *
 * <p>The patterns work on {@link PatientText#normalize normalized} text: lowercase, no accents, no
 * apostrophes ("can't" is "cant"), single spaces.
 */
public final class EmergencyScreen {

  /** Words that, just before a matched phrase, say the patient does not have it now. */
  private static final Set<String> NEGATING_WORDS =
      Set.of(
          "no",
          "not",
          "dont",
          "doesnt",
          "didnt",
          "isnt",
          "wasnt",
          "arent",
          "never",
          "without",
          "deny",
          "denies",
          "denied",
          "nor",
          "neither",
          "sin",
          "nunca",
          "ni",
          "tampoco",
          "prevent",
          "preventing",
          "prevention",
          "avoid",
          "risk",
          "risks",
          "history",
          "prevenir",
          "evitar",
          "riesgo",
          "historial",
          "antecedentes");

  private static final int NEGATION_WINDOW_WORDS = 3;

  /** Splits a message into clauses, so that "no fever, but chest pain" is read as two. */
  private static final Pattern CLAUSE_BOUNDARY =
      Pattern.compile("[.,;:!?¿¡\\n]+|\\b(?:but|pero|although|aunque|however|sino)\\b");

  private static final List<Rule> RULES =
      List.of(
          rule(
              SELF_HARM,
              SPANISH,
              "\\b(suicidio|suicidarme|suicidarse|suicidar|suicida|me quiero suicidar)\\b",
              "\\b(matarme|quitarme la vida|acabar con mi vida|quitarse la vida)\\b",
              "\\bquiero morir(me)?\\b",
              "\\bno quiero (vivir|seguir viviendo)\\b",
              "\\b(hacerme dano|lastimarme|autolesion\\w*|me corto)\\b",
              "\\bcortarme\\b(?! (el|la|las|los) (pelo|cabello|unas|barba))"),
          rule(
              SELF_HARM,
              ENGLISH,
              "\\b(suicide|suicidal|suicidality|sucide|suicde|sucidal|suicdal|suiside|suacide)\\b",
              "\\bkill(ing)? (my ?self|myslef|meself)\\b",
              "\\bend(ing)? (my life|it all|my own life)\\b",
              "\\b(want|wanna|going|gonna|plan|planning|ready) to die\\b",
              "\\bdont want to (live|be alive|wake up)\\b",
              "\\b(hurt|hurting|harm|harming|cut|cutting) (my ?self|myslef)\\b",
              "\\bself ?harm\\w*\\b",
              "\\b(better off dead|no reason to live)\\b"),
          rule(
              POISONING,
              SPANISH,
              "\\bsobre ?dosis\\b",
              "\\b(envenen\\w*|intoxicad[oa]|intoxicacion)\\b",
              "\\b(tome|tomo|bebio|bebi|trago|comio)( \\w+){0,3} (demasiadas|muchas|todas las|un"
                  + " frasco de|todo el frasco de|toda la caja de)( \\w+)?"
                  + " (pastillas|pildoras|tabletas|medicinas|capsulas)\\b",
              "\\b(tome|tomo|bebio|bebi|trago|comio)( \\w+){0,3}"
                  + " (cloro|lejia|veneno|detergente|anticongelante|blanqueador)\\b"),
          rule(
              POISONING,
              ENGLISH,
              "\\b(overdose\\w*|over dose\\w*|overdos|ovedose\\w*|overdoze\\w*)\\b",
              "\\b(poisoned|poisoning|posioned|posioning|poisened)\\b",
              "\\b(poison|posion|poisen)\\b(?! (ivy|oak|sumac))",
              "\\b(took|taken|swallowed|ate|drank|had) (too many|a (whole )?bottle of|the whole"
                  + " bottle of|all (of )?(my|the|his|her))( \\w+)?"
                  + " (pills|pill|tablets|capsules|meds|medicine|medication|medications)\\b",
              "\\b(swallowed|drank|drunk|ate|eaten|ingested)( \\w+){0,3} (bleach|antifreeze|"
                  + "detergent|laundry pods?|rat poison|lighter fluid|gasoline|button batter(y|ies)"
                  + "|drain cleaner)\\b"),
          rule(
              ANAPHYLAXIS,
              SPANISH,
              "\\b(anafila\\w*|anafilact\\w*)\\b",
              "\\bgarganta (se (me |le )?(cierra|esta cerrando|hincha)|cerrada|hinchada)\\b",
              "\\b(lengua|labios) hinchad[oa]s?\\b",
              "\\bse (me|le) (hincha|hinchan|esta hinchando|estan hinchando)"
                  + " (la lengua|la garganta|los labios)\\b",
              "\\breaccion alergica (grave|severa|fuerte|seria)\\b"),
          rule(
              ANAPHYLAXIS,
              ENGLISH,
              "\\b(anaphyla\\w*|anaphala\\w*|anaphylatic|anaphalactic)\\b",
              "\\bthroat (is )?(closing|swelling|swollen|closing up|tightening)\\b",
              "\\b(swollen|swelling) (tongue|throat|lips)\\b",
              "\\b(tongue|throat|lips) (is |are )?(swelling|swollen)\\b",
              "\\b(severe|bad|serious) allergic reaction\\b",
              "\\bused (my |his |her |an |the )?(epipen|epi pen)\\b"),
          rule(
              TROUBLE_BREATHING,
              SPANISH,
              "\\bno (puedo|puede|podemos|pueden) respirar\\b",
              "\\b(dificultad|dificultades|problemas?) (para|al) respirar\\b",
              "\\b(me|le) cuesta (mucho )?respirar\\b",
              "\\b(me ahogo|se ahoga|ahogandose|me asfixio|se asfixia|asfixiando)\\b",
              "\\bfalta de (aire|aliento)\\b",
              "\\bno respira\\b"),
          rule(
              TROUBLE_BREATHING,
              ENGLISH,
              "\\b(cant|cannot|can not|cnat|can barely|can hardly|unable to|hard to|struggling to"
                  + "|trouble|difficulty|difficult|problems?|hard time|hardly)"
                  + " ?(breath|breathe|breathing|brethe|breth|breate|breating|breahting|breath)\\b",
              "\\b(not|isnt|stopped|wont|no longer) breathing\\b",
              "\\bshort(ness)? of breath\\b",
              "\\b(choking|chocking|gasping for air|gasping|turning blue)\\b",
              "\\blips (are )?(turning )?blue\\b"),
          rule(
              CHEST_PAIN,
              SPANISH,
              "\\bdolor(es)?( fuerte| intenso| muy fuerte)? (de|en el|en la|del) pecho\\b",
              "\\bme duele (mucho )?el pecho\\b",
              "\\b(presion|opresion) (en el|del) pecho\\b",
              "\\b(ataque (al|de) corazon|ataque cardiaco|infarto)\\b"),
          rule(
              CHEST_PAIN,
              ENGLISH,
              "\\b(chest|chets|chset|cheast|chesst)( \\w+){0,2} (pain|pains|painful|hurts?|hurting"
                  + "|ache|aches|aching|pressure|tightness|tight|squeezing|crushing)\\b",
              "\\b(pain|pains|pressure|tightness|ache)( \\w+){0,3} (in|on) (my|his|her|the|their)"
                  + " (chest|chets|chset)\\b",
              "\\b(heart|hart|harte) ?at+ac?k\\w*\\b"),
          rule(
              STROKE,
              SPANISH,
              "\\b(derrame|derame) cerebral\\b",
              "\\b(ictus|embolia|accidente cerebrovascular)\\b",
              "\\b(cara|boca) (caida|torcida|paralizada)\\b",
              "\\b(habla arrastrada|arrastra las palabras|no puede hablar)\\b",
              "\\bno (puedo|puede) mover (el|la|un|una|mi|su) (brazo|pierna|lado)\\b",
              "\\b(entumid[oa]|adormecid[oa]|debil|paralizad[oa]) (de )?un lado\\b"),
          rule(
              STROKE,
              ENGLISH,
              "\\b(stroke|strok|storke|strocke|stroek)\\b",
              "\\b(face|mouth|smile)( is| has)? (droop|drooping|drooped|droopy|crooked)\\b",
              "\\bdrooping (face|mouth|smile)\\b",
              "\\bslurr?(ed|ing)( \\w+)? (speech|words|talking)\\b",
              "\\b(numb|numbness|weak|weakness|paralyzed|cant move)( \\w+){0,4}"
                  + " (one side|left side|right side)\\b",
              "\\bone side of (my|his|her) (face|body)\\b"),
          rule(
              SEVERE_BLEEDING,
              SPANISH,
              "\\b(sangrado|sangrando|sangra|sangre)( \\w+){0,2} (mucho|abundante|fuerte|grave"
                  + "|sin parar|que no para|no para)\\b",
              "\\bno (para|deja) de sangrar\\b",
              "\\b(hemorragia|mucha sangre)\\b"),
          rule(
              SEVERE_BLEEDING,
              ENGLISH,
              "\\b(bleeding|bleding|bledding|bleeing|bleading)( \\w+){0,2} (a lot|heavily|heavy"
                  + "|badly|bad|profusely|everywhere|nonstop|non stop|wont stop|will not stop"
                  + "|doesnt stop|does not stop)\\b",
              "\\b(severe|heavy|uncontrolled|massive|serious) (bleeding|bleding|blood loss)\\b",
              "\\b(wont|cant|will not|cannot|can not) stop (the )?(bleeding|bleding)\\b",
              "\\b(lots of|a lot of) blood\\b",
              "\\bblood (is )?(everywhere|gushing|spurting|pouring)\\b",
              "\\b(gushing|spurting|pouring) blood\\b",
              "\\b(hemorrhage|hemorrhaging|haemorrhage|hemorage)\\b"));

  /**
   * Returns the emergency a message suggests, or empty when none of its clauses contains an
   * emergency phrase that is not negated.
   */
  public Optional<Emergency> screen(String message) {
    if (message == null || message.isBlank()) {
      return Optional.empty();
    }
    for (String clause : CLAUSE_BOUNDARY.split(message)) {
      String normalized = PatientText.normalize(clause);
      for (Rule rule : RULES) {
        if (rule.matchesUnnegated(normalized)) {
          return Optional.of(new Emergency(rule.kind(), rule.language()));
        }
      }
    }
    return Optional.empty();
  }

  private static Rule rule(EmergencyKind kind, Language language, String... patterns) {
    return new Rule(kind, language, Arrays.stream(patterns).map(Pattern::compile).toList());
  }

  private record Rule(EmergencyKind kind, Language language, List<Pattern> patterns) {

    boolean matchesUnnegated(String normalized) {
      for (Pattern pattern : patterns) {
        Matcher matcher = pattern.matcher(normalized);
        while (matcher.find()) {
          if (!negated(normalized.substring(0, matcher.start()))) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean negated(String before) {
      String[] words = before.isBlank() ? new String[0] : before.trim().split(" ");
      for (int i = Math.max(0, words.length - NEGATION_WINDOW_WORDS); i < words.length; i++) {
        if (NEGATING_WORDS.contains(words[i])) {
          return true;
        }
      }
      return false;
    }
  }
}
