package org.clinicchat.chat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
      @Valid @NotNull(message = "A JSON body is required.") MessageRequest request) {
    Exchange exchange =
        chat.send(
            ConversationIds.require(conversationId), request.text(), request.chosenLanguage());
    ExchangeView body =
        new ExchangeView(
            MessageView.of(exchange.patientMessage()),
            exchange.reply() == null ? null : MessageView.of(exchange.reply()),
            exchange.handoff());
    return Response.status(Status.CREATED).entity(body).build();
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
