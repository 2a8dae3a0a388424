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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.List;
import org.clinicchat.safety.Language;
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

  static final String TEXT_PLAIN_UTF8 = "text/plain;charset=UTF-8";

  /** The request header with which a Server-Sent Events client resumes after an event id. */
  static final String LAST_EVENT_ID = "Last-Event-ID";

  @Inject PatientChat chat;

  @Inject MessageStreams streams;

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
   * Streams the conversation's messages as Server-Sent Events: each event has the message's
   * sequence number as id and its {@link MessageView} as JSON data. A client that sends {@code
   * Last-Event-ID} first gets every message stored after that sequence number, then new ones. The
   * stream ends by itself after a few minutes or when the token expires, and the client reconnects.
   */
  @GET
  @Path("{id}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void events(
      @PathParam("id") String conversationId,
      @HeaderParam(LAST_EVENT_ID)
          @Pattern(
              regexp = "[0-9]{1,9}",
              message = LAST_EVENT_ID + " must be a message sequence number: 1 to 9 digits.")
          String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    String id = ConversationIds.require(conversationId);
    Instant tokenExpiry = chat.openStream(id);
    streams.open(
        id, lastEventId == null ? 0 : Integer.parseInt(lastEventId), tokenExpiry, sink, sse);
  }

  /**
   * Records that the widget showed the conversation up to a sequence number and returns the stored
   * value, which never moves back.
   */
  @POST
  @Path("{id}/acknowledgements")
  @Consumes(MediaType.APPLICATION_JSON)
  public Acknowledgement acknowledge(
      @PathParam("id") String conversationId,
      @Valid @NotNull(message = "A JSON body is required.") AcknowledgementRequest request) {
    return new Acknowledgement(
        chat.acknowledge(ConversationIds.require(conversationId), request.sequenceNumber()));
  }

  /**
   * Returns the visitor's transcript as a JSON file to save. The token travels in the Authorization
   * header as for every call, so the widget fetches the file and saves it from a Blob, never
   * through a link with a token in it.
   */
  @GET
  @Path("{id}/transcript")
  public Response downloadJson(@PathParam("id") String conversationId) {
    TranscriptDownload transcript = chat.download(ConversationIds.require(conversationId));
    return attachment(transcript, transcript.fileName("json"));
  }

  /**
   * Returns the visitor's transcript as a UTF-8 plain-text file to save, chosen with {@code Accept:
   * text/plain}. {@code language} ({@code en} or {@code es}) sets the words of its header lines.
   */
  @GET
  @Path("{id}/transcript")
  @Produces(TEXT_PLAIN_UTF8)
  public Response downloadText(
      @PathParam("id") String conversationId,
      @QueryParam("language") @Pattern(regexp = "en|es", message = "language must be en or es.")
          String language) {
    TranscriptDownload transcript = chat.download(ConversationIds.require(conversationId));
    String text = transcript.plainText(Language.fromCode(language).orElse(Language.ENGLISH));
    return attachment(text, transcript.fileName("txt"));
  }

  private static Response attachment(Object body, String fileName) {
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  /**
   * The stored patient message and the assistant's reply, which is null while staff have the
   * conversation; {@code handoff} is {@code WAITING} or {@code STAFF} then, else null.
   */
  public record ExchangeView(MessageView patientMessage, MessageView reply, String handoff) {}

  /** The highest sequence number the patient has acknowledged as shown. */
  public record Acknowledgement(int sequence) {}
}
