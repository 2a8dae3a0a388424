package org.clinicchat.rightofaccess;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.clinicchat.security.Roles;

/**
 * The patient's own copy of their records. POST keeps the identity check id out of the URL, and the
 * response is a file to save, JSON or plain text as the request names.
 */
@Path("access-copies")
@RolesAllowed(Roles.PATIENT)
public class AccessCopyResource {

  @Inject PatientAccessCopies patientCopies;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response download(
      @Valid @NotNull(message = "A JSON body with identityCheck and format is required.")
          CopyRequest request) {
    CopyFormat format = CopyFormat.valueOf(request.format().toUpperCase(Locale.ROOT));
    AccessCopy copy = patientCopies.download(request.identityCheck(), format);
    return Response.ok(copy.body(), copy.contentType() + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + copy.fileName() + "\"")
        .build();
  }

  /**
   * A request for the patient's copy.
   *
   * @param identityCheck a confirmed identity check of the calling visitor
   * @param format {@code json} or {@code text}
   */
  public record CopyRequest(
      @NotBlank(message = "identityCheck must not be empty.")
          @Size(max = 36, message = "identityCheck must be at most 36 characters.")
          String identityCheck,
      @NotNull(message = "format must be json or text.")
          @Pattern(regexp = "json|text", message = "format must be json or text.")
          String format) {}
}
