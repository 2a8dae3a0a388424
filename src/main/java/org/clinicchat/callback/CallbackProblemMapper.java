package org.clinicchat.callback;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.clinicchat.platform.Problem;

/**
 * Turns a {@link CallbackException} into problem details with its status and message. It is more
 * specific than the application's mapper for every exception, so JAX-RS picks it for these.
 */
@Provider
public class CallbackProblemMapper implements ExceptionMapper<CallbackException> {

  private static final Logger LOG = Logger.getLogger(CallbackProblemMapper.class.getName());

  @Override
  public Response toResponse(CallbackException exception) {
    LOG.fine(() -> "Call-back request rejected with status " + exception.status());
    return Problem.of(exception.status(), exception.getMessage());
  }
}
