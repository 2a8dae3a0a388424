package org.clinicchat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.clinicchat.appointment.Appointment;
import org.clinicchat.appointment.Mailbox;
import org.clinicchat.appointment.PatientBookings;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention of appointments inside the server. Appointments are booked through the API, with the
 * identity code read from a real SMTP server on loopback. They are due at a time seven years ahead,
 * stay while a legal hold covers their patient, and leave a receipt and an audit event when
 * deleted.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentRetentionIT {

  private static final int ALL = Integer.MAX_VALUE;

  @PersistenceContext EntityManager entityManager;

  @Inject UserTransaction transaction;

  @Inject AppointmentRetention retention;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  private Mailbox smtp;
  private PatientClient client;
  private PatientBookings bookings;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithGreenMail().addClasses(Mailbox.class, PatientBookings.class);
  }

  @BeforeEach
  void startSmtp() {
    client = PatientClient.insideServer(runnerRequest.getLocalPort());
    int port = ConfigProvider.getConfig().getValue("clinicchat.mail.smtp.port", Integer.class);
    smtp = new Mailbox(port);
    bookings = new PatientBookings(client, smtp);
  }

  @AfterEach
  void stopSmtp() {
    smtp.close();
  }

  @Test
  void endedAppointmentIsDue() {
    String appointment = bookedAppointment(client.agree());

    assertTrue(retention.due(sevenYearsAhead(), ALL).contains(appointment));
  }

  @Test
  void upcomingAppointmentIsNotDue() {
    String appointment = bookedAppointment(client.agree());

    assertFalse(retention.due(Instant.now(), ALL).contains(appointment));
  }

  @Test
  void heldPatientAppointmentIsNotDue() throws Exception {
    String token = client.agree();
    String appointment = bookedAppointment(token);
    placeHold(client.startConversation(token));

    assertFalse(retention.due(sevenYearsAhead(), ALL).contains(appointment));
  }

  @Test
  void heldPatientAppointmentIsNotDeleted() throws Exception {
    String token = client.agree();
    String appointment = bookedAppointment(token);
    placeHold(client.startConversation(token));

    assertFalse(retention.erase(appointment, sevenYearsAhead()), "not deleted");
    assertNotNull(entityManager.find(Appointment.class, appointment), "still stored");
  }

  @Test
  void deletionRemovesAppointment() {
    String appointment = bookedAppointment(client.agree());

    assertTrue(retention.erase(appointment, sevenYearsAhead()), "deleted");
    assertNull(entityManager.find(Appointment.class, appointment), "no longer stored");
    assertEquals(0, slotClaims(appointment), "slot claim removed");
  }

  @Test
  void deletionLeavesReceiptAndAuditEvent() {
    String appointment = bookedAppointment(client.agree());

    retention.erase(appointment, sevenYearsAhead());

    AppointmentErasureReceipt receipt =
        entityManager.find(AppointmentErasureReceipt.class, appointment);
    assertEquals(AppointmentRetention.RULE, receipt.getRule());
    assertEquals(1, erasureEvents(appointment), "one audit event");
  }

  @Test
  void deletedAppointmentIsNotDeletedTwice() {
    String appointment = bookedAppointment(client.agree());
    retention.erase(appointment, sevenYearsAhead());

    assertFalse(retention.erase(appointment, sevenYearsAhead()));
  }

  private static Instant sevenYearsAhead() {
    return Instant.now().atOffset(ZoneOffset.UTC).plusYears(7).toInstant();
  }

  /** Confirms a new patient's identity under the token, books a check-up, returns its id. */
  private String bookedAppointment(String token) {
    String email = "retention-" + UUID.randomUUID() + "@example.org";
    String check = bookings.confirmedCheck(token, "Lee Retained", "1969-11-30", email);
    return idOf(bookings.bookCheckup(token, check));
  }

  private String idOf(String reference) {
    List<String> ids =
        entityManager
            .createQuery("SELECT a.id FROM Appointment a WHERE a.reference = :r", String.class)
            .setParameter("r", reference)
            .getResultList();
    return ids.getFirst();
  }

  private void placeHold(String conversation) throws Exception {
    transaction.begin();
    try {
      entityManager.persist(
          new LegalHold(conversation, "Case 2026-207", "it-privacy", Instant.now()));
      transaction.commit();
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }

  private long slotClaims(String appointment) {
    return entityManager
        .createQuery("SELECT COUNT(c) FROM SlotClaim c WHERE c.appointmentId = :id", Long.class)
        .setParameter("id", appointment)
        .getSingleResult();
  }

  private long erasureEvents(String appointment) {
    return entityManager
        .createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.resourceId = :id",
            Long.class)
        .setParameter("action", AuditAction.APPOINTMENT_ERASED)
        .setParameter("id", appointment)
        .getSingleResult();
  }
}
