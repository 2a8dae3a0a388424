package org.clinicchat.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds RFC 9457 problem details responses, the only error body the API sends. */
public final class Problem {

  /** The media type of a problem details body. */
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  private Problem() {}

  /** Returns a response with a problem body of the status, a title and a detail for the client. */
  public static Response of(Response.Status status, String detail) {
    return Response.status(status).type(MEDIA_TYPE).entity(body(status, detail).build()).build();
  }

  static JsonObjectBuilder body(Response.StatusType status, String detail) {
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", status.getReasonPhrase())
        .add("status", status.getStatusCode())
        .add("detail", detail);
  }
}
