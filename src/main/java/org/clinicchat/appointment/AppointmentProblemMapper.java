package org.clinicchat.appointment;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.clinicchat.platform.Problem;

/**
 * Turns an {@link AppointmentException} into problem details with the exception's status and
 * message. It is more specific than the application's mapper for every exception, so JAX-RS picks
 * it for these.
 */
@Provider
public class AppointmentProblemMapper implements ExceptionMapper<AppointmentException> {

  private static final Logger LOG = Logger.getLogger(AppointmentProblemMapper.class.getName());

  @Override
  public Response toResponse(AppointmentException exception) {
    LOG.fine(() -> "Appointment request rejected: " + exception.getClass().getSimpleName());
    Response.Status status = exception.status();
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", exception.getMessage())
                .build())
        .build();
  }
}
