package org.clinicchat.chat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.clinicchat.security.Roles;

/** The patient chat API; every call needs a patient token. */
@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PATIENT)
public class ConversationResource {

  /**
   * The request header that names one send, as in the IETF HTTPAPI draft "The Idempotency-Key HTTP
   * Header Field": a retry with the same key stores nothing and returns the first result.
   */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Inject PatientChat chat;

  @POST
  public Response start() {
    return Response.status(Status.CREATED).entity(chat.start()).build();
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response send(
      @PathParam("id") String conversationId,
      @HeaderParam(IDEMPOTENCY_KEY)
          @Pattern(
              regexp = "[A-Za-z0-9_-]{8," + SentMessage.MAX_KEY_LENGTH + "}",
              message =
                  IDEMPOTENCY_KEY
                      + " must be 8 to "
                      + SentMessage.MAX_KEY_LENGTH
                      + " letters, digits, hyphens or underscores.")
          String idempotencyKey,
      @Valid @NotNull(message = "A JSON body is required.") MessageRequest request) {
    Exchange exchange =
        chat.send(
            ConversationIds.require(conversationId),
            request.text(),
            request.chosenLanguage(),
            idempotencyKey);
    ExchangeView body =
        new ExchangeView(
            MessageView.of(exchange.patientMessage()),
            exchange.reply() == null ? null : MessageView.of(exchange.reply()),
            exchange.handoff());
    // A repeated request gets the first result with 200, so a client sees nothing was stored twice.
    return Response.status(exchange.repeated() ? Status.OK : Status.CREATED).entity(body).build();
  }

  @GET
  @Path("{id}/messages")
  public List<MessageView> transcript(@PathParam("id") String conversationId) {
    return chat.transcript(ConversationIds.require(conversationId)).stream()
        .map(MessageView::of)
        .toList();
  }

  /**
   * The stored patient message and the assistant's reply, which is null while staff have the
   * conversation; {@code handoff} is {@code WAITING} or {@code STAFF} then, else null.
   */
  public record ExchangeView(MessageView patientMessage, MessageView reply, String handoff) {}
}
