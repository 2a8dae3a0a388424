package org.clinicchat.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * Turns a failed Bean Validation check of a request into a 400 problem. The detail lists the
 * constraint messages only, never the rejected values, which may be PHI.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    String detail =
        exception.getConstraintViolations().stream()
            .map(ConstraintViolation::getMessage)
            .sorted()
            .distinct()
            .collect(Collectors.joining(" "));
    return Problem.of(Status.BAD_REQUEST, detail.isEmpty() ? "The request is invalid." : detail);
  }
}
