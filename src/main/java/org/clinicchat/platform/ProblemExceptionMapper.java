package org.clinicchat.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicchat.chat.ConversationNotFoundException;
import org.clinicchat.chat.UnknownSequenceException;
import org.clinicchat.consent.ConsentMissingException;
import org.clinicchat.consent.NoticeChangedException;
import org.clinicchat.consent.OutdatedNoticeException;

/**
 * Turns every exception of the API into problem details. The status comes from the exception type;
 * a 5xx body carries only a correlation id, and the log line with the same id carries the
 * exception. Exception messages of the domain never contain PHI, so they may be shown.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    if (causedByTooLargeBody(exception)) {
      return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, RequestSizeLimitFilter.tooLargeDetail());
    }
    return switch (exception) {
      case ConsentMissingException e -> Problem.of(Status.FORBIDDEN, e.getMessage());
      case NoticeChangedException e -> noticeChanged(e);
      case ConversationNotFoundException e -> Problem.of(Status.NOT_FOUND, e.getMessage());
      case UnknownSequenceException e -> Problem.of(Status.BAD_REQUEST, e.getMessage());
      case OutdatedNoticeException e -> Problem.of(Status.CONFLICT, e.getMessage());
      case JsonbException e -> malformedBody();
      case ProcessingException e -> malformedBody();
      case WebApplicationException e -> fromStatus(e.getResponse().getStatusInfo());
      default -> internalError(exception);
    };
  }

  /** Returns whether the body reader failed at the size limit, which JSON-B may have wrapped. */
  private static boolean causedByTooLargeBody(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestTooLargeException) {
        return true;
      }
    }
    return false;
  }

  /** Returns a 403 with the member {@code noticeChanged}, so the widget shows the new notice. */
  private static Response noticeChanged(NoticeChangedException exception) {
    Status status = Status.FORBIDDEN;
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(Problem.body(status, exception.getMessage()).add("noticeChanged", true).build())
        .build();
  }

  private static Response malformedBody() {
    return Problem.of(
        Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
  }

  private static Response fromStatus(Response.StatusType status) {
    String detail =
        switch (status.getStatusCode()) {
          case 401 -> "A valid patient token is required. Agree to the consent notice again.";
          case 403 -> "This action is not allowed for your role.";
          case 404 -> "No resource at this address.";
          case 405 -> "This method is not allowed at this address.";
          case 415 -> "Send the body as application/json.";
          default -> status.getReasonPhrase();
        };
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(Problem.body(status, detail).build())
        .build();
  }

  private static Response internalError(Throwable exception) {
    String correlationId = UUID.randomUUID().toString();
    // NOTE: the exception is logged whole. A JDBC driver's message can quote a rejected value, as
    // H2 did with an overlong id; PhiLogIT covers the known paths, not every database error.
    LOG.log(Level.SEVERE, exception, () -> "Request failed, correlation id " + correlationId);
    Status status = Status.INTERNAL_SERVER_ERROR;
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(
            Problem.body(status, "The server failed. Quote correlation id " + correlationId)
                .add("correlationId", correlationId)
                .build())
        .build();
  }
}
