package org.clinicchat.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.clinicchat.chat.ConversationIds;
import org.clinicchat.security.Roles;

/** The patient API for a call-back request after a handoff timed out; needs a patient token. */
@Path("conversations/{id}/callback-request")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PATIENT)
public class CallbackRequestResource {

  @Inject CallbackRequests requests;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(
      @PathParam("id") String conversationId,
      @Valid @NotNull(message = "A JSON body is required.") CallbackRequestBody body) {
    String id =
        requests.request(
            ConversationIds.require(conversationId), body.phone(), body.preferredTime());
    JsonObject created = Json.createObjectBuilder().add("id", id).add("status", "OPEN").build();
    return Response.status(Status.CREATED).entity(created).build();
  }
}
