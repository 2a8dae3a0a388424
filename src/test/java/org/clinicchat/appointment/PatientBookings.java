package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;

/**
 * The patient API steps that other features' tests need before their own: confirming an identity
 * with the code that the {@link Mailbox} receives, and booking the first free check-up.
 */
public final class PatientBookings {

  private final PatientClient client;
  private final Mailbox smtp;

  public PatientBookings(PatientClient client, Mailbox smtp) {
    this.client = client;
    this.smtp = smtp;
  }

  /** Starts an identity check under the token, without confirming it, and returns the reply. */
  public Reply startCheck(String token, String name, String dateOfBirth, String email) {
    return client.post(
        "api/appointments/identity-checks",
        token,
        Mailbox.json("name", name, "dateOfBirth", dateOfBirth, "email", email));
  }

  /** Confirms an identity under the token with the emailed code and returns the check id. */
  public String confirmedCheck(String token, String name, String dateOfBirth, String email) {
    Reply started = startCheck(token, name, dateOfBirth, email);
    assertEquals(201, started.status(), started.body());
    String check = started.json().getString("id");
    Reply confirmed =
        client.post(
            "api/appointments/identity-checks/" + check + "/confirmation",
            token,
            Mailbox.json(
                "name", name,
                "dateOfBirth", dateOfBirth,
                "email", email,
                "code", smtp.codeSentTo(email)));
    assertEquals(200, confirmed.status(), confirmed.body());
    return check;
  }

  /** Books the first free check-up with Dr. Chen under a confirmed check; returns the reference. */
  public String bookCheckup(String token, String check) {
    Reply offered =
        client.get("api/appointments/slots?visitType=checkup&provider=chen&when=", token);
    assertEquals(200, offered.status(), offered.body());
    JsonObject slot = offered.json().getJsonArray("slots").getJsonObject(0);
    Reply booked =
        client.post(
            "api/appointments",
            token,
            Mailbox.json(
                "identityCheck", check,
                "provider", slot.getString("provider"),
                "visitType", slot.getString("visitType"),
                "start", slot.getString("start"),
                "reason", "Check-up"));
    assertEquals(201, booked.status(), booked.body());
    return booked.json().getString("reference");
  }
}
