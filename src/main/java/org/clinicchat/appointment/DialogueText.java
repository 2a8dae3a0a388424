package org.clinicchat.appointment;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.safety.Language;

/**
 * The booking dialogue's messages to the patient, in English and Spanish. None contains the reason
 * for the visit, the name, the date of birth or the email address the patient typed.
 */
final class DialogueText {

  private static final Pattern ATTEMPTS_LEFT = Pattern.compile("Attempts left: (\\d+)");

  private DialogueText() {}

  static String of(Language language, String english, String spanish) {
    return language == Language.SPANISH ? spanish : english;
  }

  static String pickPrompt(Language language) {
    return of(
        language,
        "Reply with the number of the time you want, or name another day or time.",
        "Responda con el número de la hora que prefiere, o indique otro día u hora.");
  }

  static String reasonPrompt(Language language) {
    return of(
        language,
        "What is the visit for? A few words are enough.",
        "¿Cuál es el motivo de la visita? Bastan unas palabras.");
  }

  static String namePrompt(Language language) {
    return of(
        language,
        "Before I go on, I need to confirm who you are. What is your full name?",
        "Antes de seguir, necesito confirmar su identidad. ¿Cuál es su nombre completo?");
  }

  static String dateOfBirthPrompt(Language language) {
    return of(
        language,
        "What is your date of birth? For example 1980-04-02 or April 2, 1980.",
        "¿Cuál es su fecha de nacimiento? Por ejemplo 1980-04-02 o 2 de abril de 1980.");
  }

  static String emailPrompt(Language language) {
    return of(
        language,
        "What is your email address? I will send a one-time code to it.",
        "¿Cuál es su correo electrónico? Le enviaré un código de un solo uso.");
  }

  static String codeSent(Language language) {
    return of(
        language,
        "I emailed you a 6-digit code. Type it here; it works for "
            + IdentityChecks.CODE_LIFETIME.toMinutes()
            + " minutes.",
        "Le envié un código de 6 dígitos por correo. Escríbalo aquí; sirve durante "
            + IdentityChecks.CODE_LIFETIME.toMinutes()
            + " minutos.");
  }

  static String codePrompt(Language language) {
    return of(
        language,
        "Type the 6-digit code from the email, or write \"new code\" to get another one.",
        "Escriba el código de 6 dígitos del correo, o escriba \"nuevo código\" para recibir otro.");
  }

  static String stopped(Language language) {
    return of(
        language,
        "All right, I stopped. Nothing was booked or changed.",
        "De acuerdo, lo dejamos. No se reservó ni se cambió nada.");
  }

  static String invalidName(Language language) {
    return of(
        language,
        "Please type your full name as the clinic has it, in letters only.",
        "Escriba su nombre completo como lo tiene la clínica, solo con letras.");
  }

  static String unreadableDate(Language language) {
    return of(
        language,
        "I could not read a date. Write your date of birth as YYYY-MM-DD, for example 1980-04-02.",
        "No pude leer una fecha. Escriba su fecha de nacimiento como AAAA-MM-DD, por ejemplo"
            + " 1980-04-02.");
  }

  static String impossibleDate(Language language) {
    return of(
        language,
        "That is not a date on the calendar. Write your date of birth as YYYY-MM-DD.",
        "Esa fecha no existe en el calendario. Escriba su fecha de nacimiento como AAAA-MM-DD.");
  }

  static String implausibleDate(Language language) {
    return of(
        language,
        "That date of birth is in the future or before 1900. Please check it.",
        "Esa fecha de nacimiento es futura o anterior a 1900. Revísela, por favor.");
  }

  static String invalidEmail(Language language) {
    return of(
        language,
        "That does not look like an email address. Please type it again.",
        "Eso no parece un correo electrónico. Escríbalo de nuevo, por favor.");
  }

  static String longReason(Language language) {
    return of(
        language,
        "Please keep the reason under " + AppointmentBook.MAX_REASON_LENGTH + " characters.",
        "Escriba el motivo en menos de " + AppointmentBook.MAX_REASON_LENGTH + " caracteres.");
  }

  static String malformedReference(Language language) {
    return of(
        language,
        "A reference has 8 letters and digits, as in your confirmation email. Please check it.",
        "Una referencia tiene 8 letras y dígitos, como en su correo de confirmación. Revísela, por"
            + " favor.");
  }

  static String unknownProvider(Language language, String typed, List<Provider> providers) {
    String names = String.join(", ", providers.stream().map(Provider::name).toList());
    return of(
        language,
        "We have no provider called " + typed + ". You can see " + names + ", or anyone.",
        "No tenemos ningún profesional llamado "
            + typed
            + ". Puede ver a "
            + names
            + ", o a cualquiera.");
  }

  static String notOffered(Language language, Provider provider, VisitType type) {
    return of(
        language,
        provider.name() + " does not offer " + type.name() + " visits. Name another provider.",
        provider.name() + " no ofrece visitas de " + type.name() + ". Indique otro profesional.");
  }

  static String noLongerAvailable(
      Language language, ClinicSchedule schedule, ZoneId zone, List<Slot> alternatives) {
    StringBuilder text =
        new StringBuilder(
            of(
                language,
                "This time is no longer available: another patient just booked it.",
                "Esta hora ya no está disponible: otro paciente acaba de reservarla."));
    if (alternatives.isEmpty()) {
      return text.append(' ')
          .append(of(language, "Name another day.", "Indique otro día."))
          .toString();
    }
    text.append(' ').append(of(language, "Other open times:", "Otras horas libres:"));
    OfferText.list(text, schedule, zone, language, alternatives);
    return text.append('\n').append(pickPrompt(language)).toString();
  }

  static String done(
      Language language, BookingDialogue.Goal goal, BookedAppointment done, ZoneId zone) {
    String opening =
        switch (goal) {
          case BOOK -> of(language, "Booked.", "Reservado.");
          case RESCHEDULE -> of(language, "Moved.", "Cambiado.");
          case CANCEL -> of(language, "Cancelled.", "Cancelado.");
        };
    String details =
        of(
                language,
                " Your reference is " + done.reference() + ".\nWhen: ",
                " Su referencia es " + done.reference() + ".\nCuándo: ")
            + SlotText.start(done.start(), zone, language)
            + of(language, "\nWith: ", "\nCon: ")
            + done.provider()
            + " ("
            + done.visitType()
            + of(language, ")\nWhere: ", ")\nDónde: ")
            + done.location()
            + ", "
            + done.address()
            + "\n";
    String closing =
        goal == BookingDialogue.Goal.CANCEL
            ? of(
                language,
                "We emailed you a confirmation.",
                "Le enviamos una confirmación por correo.")
            : of(
                language,
                "We emailed you a confirmation. To change it, write for example \"move my"
                    + " appointment "
                    + done.reference()
                    + " to Friday\" or \"cancel appointment "
                    + done.reference()
                    + "\".",
                "Le enviamos una confirmación por correo. Para cambiarla, escriba por ejemplo"
                    + " \"cambiar mi cita "
                    + done.reference()
                    + " al viernes\" o \"cancelar la cita "
                    + done.reference()
                    + "\".");
    return opening + details + closing;
  }

  /**
   * Returns the problem in the patient's language. The English messages of the appointment
   * exceptions contain no PHI; a Spanish text exists for each one the dialogue can meet.
   */
  static String problem(Language language, AppointmentException e) {
    if (language != Language.SPANISH) {
      return e.getMessage();
    }
    return switch (e) {
      case WrongCodeException wrong -> wrongCodeSpanish(wrong);
      case TooManyCodesException tooMany ->
          "Se pidieron demasiados códigos. Espere una hora o llame a recepción.";
      case CodeNotSentException notSent ->
          "No pudimos enviar el código por correo. Inténtelo más tarde o llame a recepción.";
      case AppointmentNotFoundException notFound ->
          "No tiene ninguna cita reservada con esta referencia. Revise la referencia de su"
              + " confirmación.";
      case IdentityNotVerifiedException notVerified ->
          "Su verificación caducó. Confirmemos su identidad de nuevo.";
      default ->
          "No se pudo completar la solicitud. Revise los datos o llame a recepción. ("
              + e.getMessage()
              + ")";
    };
  }

  static String expiredCode(Language language) {
    return of(
        language,
        "This code has expired or was used up. Write \"new code\" to get another one.",
        "Este código caducó o ya no sirve. Escriba \"nuevo código\" para recibir otro.");
  }

  private static String wrongCodeSpanish(WrongCodeException e) {
    Matcher left = ATTEMPTS_LEFT.matcher(e.getMessage());
    return "El código o los datos no coinciden con lo enviado."
        + (left.find() ? " Intentos restantes: " + left.group(1) + "." : "");
  }
}
