package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking, moving and cancelling in the chat, end to end through the patient chat API as the widget
 * sends it, with the one-time codes read from a real SMTP server (GreenMail inside the server). The
 * tests also read the stored rows. Every patient has a unique email address, because the test
 * database keeps its rows between runs.
 */
@ExtendWith(ArquillianExtension.class)
class ChatBookingIT {

  private static final int RACERS = 10;
  private static final Pattern REFERENCE = Pattern.compile("reference is ([0-9A-Z]{8})");
  private static final Pattern SPANISH_REFERENCE = Pattern.compile("referencia es ([0-9A-Z]{8})");
  private static final String NAME_PROMPT =
      "Before I go on, I need to confirm who you are. What is your full name?";
  private static final String CODE_SENT =
      "I emailed you a 6-digit code. Type it here; it works for 10 minutes.";
  private static final String SPANISH_CODE_SENT =
      "Le envié un código de 6 dígitos por correo. Escríbalo aquí; sirve durante 10 minutos.";
  private static final String NOT_YOURS =
      "You have no booked appointment with this reference. Check the reference in your"
          + " confirmation.";

  @PersistenceContext EntityManager entityManager;

  @Inject UserTransaction transaction;

  @Inject AppointmentReminders reminders;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  private Mailbox smtp;
  private PatientClient client;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithGreenMail().addClass(Mailbox.class);
  }

  @BeforeEach
  void startSmtp() {
    client = PatientClient.insideServer(runnerRequest.getLocalPort());
    int port = ConfigProvider.getConfig().getValue("clinicchat.mail.smtp.port", Integer.class);
    smtp = new Mailbox(port);
  }

  @AfterEach
  void stopSmtp() {
    smtp.close();
  }

  @Test
  void bookInEnglish() throws Exception {
    Chat chat = newChat(null);

    String offer = chat.say("I'd like to book a check-up with Dr. Rivera next Tuesday");
    assertTrue(offer.contains("1. "), offer);
    assertTrue(offer.contains("with Dr. Ana Rivera"), offer);
    assertTrue(offer.contains("(America/New_York)"), offer);
    assertEquals("What is the visit for? A few words are enough.", chat.say("2"));
    assertEquals(NAME_PROMPT, chat.say("Knee pain after running"));
    chat.say("My name is Maria Lopez");
    chat.say("1980-04-02");
    assertEquals(CODE_SENT, chat.say(chat.email));
    assertEquals(0L, appointmentsOf(chat), "nothing booked before the code");

    String booked = chat.say(smtp.codeSentTo(chat.email));

    assertTrue(booked.startsWith("Booked. Your reference is "), booked);
    assertTrue(booked.contains("With: Dr. Ana Rivera (Check-up)"), booked);
    assertFalse(booked.contains("Knee"), "the reason is not repeated");
    String reference = reference(booked);
    assertEquals("BOOKED", statusOf(reference));
    MimeMessage email = smtp.emailWithSubject(chat.email, "Appointment booked " + reference);
    String text = ((MimeMultipart) email.getContent()).getBodyPart(0).getContent().toString();
    assertFalse(text.contains("Knee"), "the reason stays out of email");
  }

  @Test
  void reasonStoredEncrypted() {
    Chat chat = newChat(null);
    String reference = bookCheckup(chat, "Asthma flare-up");

    String stored =
        (String)
            entityManager
                .createNativeQuery("SELECT reason_ciphertext FROM appointment WHERE reference = ?")
                .setParameter(1, reference)
                .getSingleResult();

    assertTrue(stored.startsWith("v2:"), "a v2 ciphertext");
    assertFalse(stored.contains("Asthma"), "no plaintext in the column");
  }

  @Test
  void spanishBookingGetsSpanishReminder() throws Exception {
    Chat chat = newChat("es");
    String reference = spanishReference(bookCheckupInSpanish(chat));

    reminders.sendDue(startOf(reference).minus(Duration.ofHours(20)));

    MimeMessage reminder = smtp.emailWithSubject(chat.email, "Recordatorio de cita " + reference);
    String text = ((MimeMultipart) reminder.getContent()).getBodyPart(0).getContent().toString();
    assertTrue(text.contains("Le recordamos su cita."), text);
  }

  @Test
  void moveThenCancelInNewConversation() {
    Chat first = newChat(null);
    String reference = bookCheckup(first, "Check-up");
    Chat chat = first.again();

    assertEquals(NAME_PROMPT, chat.say("Please move my appointment " + reference + " to Friday"));
    verify(chat);
    String offer = chat.say(smtp.latestCodeSentTo(chat.email));
    assertTrue(offer.contains("1. Friday"), offer);
    String moved = chat.say("1");
    String cancelled = chat.say("cancel appointment " + reference);

    assertTrue(moved.startsWith("Moved. Your reference is " + reference), moved);
    assertTrue(moved.contains("When: Friday"), moved);
    assertTrue(cancelled.startsWith("Cancelled. Your reference is " + reference), cancelled);
    assertEquals("CANCELLED", statusOf(reference));
  }

  @Test
  void bookInSpanish() throws Exception {
    Chat chat = newChat("es");

    String offer = chat.say("Quiero una cita para un chequeo con la Dra. Rivera el viernes");
    assertTrue(offer.contains("1. viernes"), offer);
    assertEquals("¿Cuál es el motivo de la visita? Bastan unas palabras.", chat.say("la primera"));
    assertEquals(
        "Antes de seguir, necesito confirmar su identidad. ¿Cuál es su nombre completo?",
        chat.say("Revisión de rutina"));
    chat.say("Me llamo Lucía Gómez");
    chat.say("2 de abril de 1980");
    assertEquals(SPANISH_CODE_SENT, chat.say(chat.email));
    String booked = chat.say(smtp.codeSentTo(chat.email));

    assertTrue(booked.startsWith("Reservado. Su referencia es "), booked);
    assertTrue(booked.contains("Cuándo: viernes"), booked);
    String reference = spanishReference(booked);
    MimeMessage email = smtp.emailWithSubject(chat.email, "Cita reservada " + reference);
    String text = ((MimeMultipart) email.getContent()).getBodyPart(0).getContent().toString();
    assertTrue(text.contains("Cuándo: viernes"), text);
    assertTrue(text.contains("(America/New_York)"), text);
    assertTrue(text.contains("Dónde: Riverside Clinic, 100 River Street, Springfield"), text);
    assertTrue(text.contains("Con: Dr. Ana Rivera"), text);
    assertFalse(text.contains("rutina"), "the reason stays out of email");
  }

  @Test
  void wrongCodeRejected() {
    Chat chat = newChat(null);
    pickFirstCheckup(chat, "Rash on my arm");
    verify(chat);
    String code = smtp.codeSentTo(chat.email);

    String reply = chat.say(code.equals("000000") ? "111111" : "000000");

    assertEquals("The code or the details do not match what was sent. Attempts left: 4.", reply);
    assertEquals(0L, appointmentsOf(chat), "nothing booked");
  }

  @Test
  void expiredCodeRejected() throws Exception {
    Chat chat = newChat(null);
    pickFirstCheckup(chat, "Rash on my arm");
    verify(chat);
    String code = smtp.codeSentTo(chat.email);
    expireChecksOf(chat);

    String reply = chat.say(code);

    assertEquals(
        "This code has expired or was used up. Write \"new code\" to get another one.", reply);
    assertEquals(0L, appointmentsOf(chat), "nothing booked");
  }

  @Test
  void referenceOfAnotherPatient() {
    String reference = bookCheckup(newChat(null), "Check-up");
    Chat other = newChat(null);

    other.say("cancel appointment " + reference);
    verify(other);
    String reply = other.say(smtp.codeSentTo(other.email));

    assertEquals(NOT_YOURS, reply);
    assertEquals("BOOKED", statusOf(reference), "the owner's booking stays");
  }

  @Test
  void malformedReferenceRejected() {
    String reply = newChat(null).say("move my appointment ABC123 to Friday");

    assertEquals(
        "A reference has 8 letters and digits, as in your confirmation email. Please check it.",
        reply);
  }

  @Test
  void nonexistentDateRejected() {
    String reply = newChat(null).say("I need an appointment on February 30");

    assertTrue(
        reply.startsWith("\"february 30\" is not a date on the calendar. Which day do you mean?"),
        reply);
  }

  @Test
  void pastDateRejected() {
    String reply = newChat(null).say("Can I book an appointment on March 2, 2020?");

    assertTrue(reply.contains("has passed. Which day would you like?"), reply);
    assertFalse(reply.contains("1. "), reply);
  }

  @Test
  void timeOutsideHoursGetsNearest() {
    String reply = newChat(null).say("Book a check-up with Dr. Rivera next Tuesday at 11 pm");

    assertTrue(reply.contains("That time is not open; these are the nearest."), reply);
  }

  @Test
  void unknownProviderRejected() {
    String reply = newChat(null).say("Can I book an appointment with Dr. House on Monday?");

    assertTrue(reply.startsWith("We have no provider called house. You can see "), reply);
  }

  @Test
  void stopForgetsDialogue() {
    Chat chat = newChat(null);
    chat.say("Book an appointment for a check-up with Dr. Chen");

    String reply = chat.say("never mind");

    assertEquals("All right, I stopped. Nothing was booked or changed.", reply);
  }

  @Test
  void tenChatsOneSlot() throws Exception {
    List<Chat> chats = new ArrayList<>();
    String firstOffer = null;
    for (int i = 0; i < RACERS; i++) {
      Chat chat = newChat(null);
      verifyByCancelling(chat);
      String offer = chat.say("Book an appointment for a sick visit with Dr. Okafor");
      firstOffer = firstOffer == null ? firstLine(offer) : firstOffer;
      assertEquals(firstOffer, firstLine(offer), "every patient is offered the same slot");
      assertEquals("What is the visit for? A few words are enough.", chat.say("1"));
      chats.add(chat);
    }

    // The verified patients send the reason at once, which books the slot without another code.
    List<String> replies = race(chats);

    List<String> won = replies.stream().filter(reply -> reply.startsWith("Booked.")).toList();
    List<String> lost =
        replies.stream()
            .filter(reply -> reply.startsWith("This time is no longer available"))
            .toList();
    assertEquals(1, won.size(), replies::toString);
    assertEquals(RACERS - 1, lost.size(), replies::toString);
    String bookedSlot = firstOffer.substring(firstOffer.indexOf(". ") + 2);
    for (String reply : lost) {
      assertTrue(reply.contains("Other open times:\n1. "), reply);
      assertFalse(reply.contains(bookedSlot), reply);
    }
  }

  private List<String> race(List<Chat> chats) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      CountDownLatch ready = new CountDownLatch(RACERS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> attempts = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        Chat chat = chats.get(i);
        Callable<String> attempt =
            () -> {
              ready.countDown();
              go.await();
              return chat.say("Sore throat");
            };
        attempts.add(pool.submit(attempt));
      }
      ready.await();
      go.countDown();
      List<String> replies = new ArrayList<>();
      for (Future<String> attempt : attempts) {
        replies.add(attempt.get(2, TimeUnit.MINUTES));
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String firstLine(String offer) {
    return offer.lines().filter(line -> line.startsWith("1. ")).findFirst().orElseThrow();
  }

  /** Books the first check-up with Dr. Chen in the chat and returns the reference. */
  private String bookCheckup(Chat chat, String reason) {
    pickFirstCheckup(chat, reason);
    verify(chat);
    return reference(chat.say(smtp.latestCodeSentTo(chat.email)));
  }

  /** Asks for a check-up with Dr. Chen, picks the first slot offered and gives the reason. */
  private static void pickFirstCheckup(Chat chat, String reason) {
    chat.say("Book an appointment for a check-up with Dr. Chen");
    chat.say("1");
    assertEquals(NAME_PROMPT, chat.say(reason));
  }

  /**
   * Confirms the chat's identity check without booking, by asking to cancel a reference that no
   * appointment has. New patients are registered one at a time this way, so that the race tests
   * booking, not the creation of the new patients' data keys.
   */
  private void verifyByCancelling(Chat chat) {
    chat.say("cancel appointment 00000000");
    verify(chat);
    assertEquals(NOT_YOURS, chat.say(smtp.codeSentTo(chat.email)));
  }

  /** Answers the name, date of birth and email address prompts. */
  private static void verify(Chat chat) {
    chat.say("Maria Lopez");
    chat.say("April 2, 1980");
    assertEquals(CODE_SENT, chat.say(chat.email));
  }

  private static String reference(String booked) {
    Matcher reference = REFERENCE.matcher(booked);
    assertTrue(reference.find(), booked);
    return reference.group(1);
  }

  private static String spanishReference(String booked) {
    Matcher reference = SPANISH_REFERENCE.matcher(booked);
    assertTrue(reference.find(), booked);
    return reference.group(1);
  }

  /** Books a check-up in a Spanish chat and returns the assistant's reply to the code. */
  private String bookCheckupInSpanish(Chat chat) {
    chat.say("Quiero una cita para un chequeo con la Dra. Rivera el viernes");
    chat.say("la primera");
    chat.say("Revisión de rutina");
    chat.say("Me llamo Lucía Gómez");
    chat.say("2 de abril de 1980");
    assertEquals(SPANISH_CODE_SENT, chat.say(chat.email));
    return chat.say(smtp.codeSentTo(chat.email));
  }

  private Instant startOf(String reference) {
    return entityManager
        .createQuery(
            "SELECT a.startsAt FROM Appointment a WHERE a.reference = :reference", Instant.class)
        .setParameter("reference", reference)
        .getSingleResult();
  }

  private String statusOf(String reference) {
    return entityManager
        .createQuery("SELECT a.status FROM Appointment a WHERE a.reference = :reference")
        .setParameter("reference", reference)
        .getSingleResult()
        .toString();
  }

  /** Returns how many appointments the patients of the chat's identity checks have. */
  private long appointmentsOf(Chat chat) {
    return entityManager
        .createQuery(
            "SELECT COUNT(a) FROM Appointment a WHERE a.patientId IN"
                + " (SELECT c.patientId FROM IdentityCheck c WHERE c.visitor = :visitor)",
            Long.class)
        .setParameter("visitor", chat.visitor())
        .getSingleResult();
  }

  private void expireChecksOf(Chat chat) throws Exception {
    transaction.begin();
    entityManager
        .createQuery("UPDATE IdentityCheck c SET c.expiresAt = :past WHERE c.visitor = :visitor")
        .setParameter("past", Instant.now().minusSeconds(1))
        .setParameter("visitor", chat.visitor())
        .executeUpdate();
    transaction.commit();
  }

  private Chat newChat(String language) {
    String token = client.agree();
    return new Chat(client, token, client.startConversation(token), language, uniqueEmail());
  }

  /**
   * Returns a unique email address without digits. The hex digits of a UUID can form a run that the
   * chat masks as a payment card or social security number before the booking reads it.
   */
  private static String uniqueEmail() {
    StringBuilder local = new StringBuilder("chat-");
    for (char hex : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
      local.append(Character.isDigit(hex) ? (char) ('g' + (hex - '0')) : hex);
    }
    return local + "@example.org";
  }

  /** One patient's conversation, in the widget's language or none. */
  private record Chat(
      PatientClient client, String token, String conversation, String language, String email) {

    /** Sends a message and returns the assistant's reply text. */
    String say(String text) {
      var body = Json.createObjectBuilder().add("text", text);
      if (language != null) {
        body.add("language", language);
      }
      Reply reply =
          client.post(PatientClient.messagesPath(conversation), token, body.build().toString());
      assertEquals(201, reply.status(), reply.body());
      return reply.json().getJsonObject("reply").getString("text");
    }

    /** Returns a new conversation of the same visitor and email address. */
    Chat again() {
      return new Chat(client, token, client.startConversation(token), language, email);
    }

    String visitor() {
      return TestTokens.claimsOf(token).getString("sub");
    }
  }
}
