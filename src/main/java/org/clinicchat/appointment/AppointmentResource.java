package org.clinicchat.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.clinicchat.platform.Problem;
import org.clinicchat.safety.Language;
import org.clinicchat.security.Roles;

/**
 * The patient's appointment API: find slots, verify identity by emailed code, then book, reschedule
 * and cancel. Every call needs a patient token. The calls that touch a patient's data also need the
 * token's consent and a confirmed identity check of the same visitor.
 *
 * <p>A booking or move that loses its slot to another patient gets 409 problem details with a field
 * {@code alternatives}: up to three free slots of the same provider and visit type.
 */
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PATIENT)
public class AppointmentResource {

  private static final String CHECK_REQUIRED = "A JSON body is required.";

  @Inject SlotOffers slotOffers;

  @Inject IdentityChecks identityChecks;

  @Inject AppointmentBook book;

  @Inject ClinicSchedules schedules;

  /** Returns the providers, visit types and locations that slots can be asked for. */
  @GET
  @Path("directory")
  public ClinicDirectory directory() {
    ClinicSchedule schedule = schedules.current();
    return new ClinicDirectory(
        schedules.zone().getId(),
        schedule.providers(),
        schedule.visitTypes(),
        schedule.locations());
  }

  /**
   * Returns up to three free slots of a visit type, with a provider or anyone, at the time the
   * patient's words name ("next Tuesday afternoon", "el viernes").
   */
  @GET
  @Path("slots")
  public OfferView slots(
      @QueryParam("visitType")
          @NotNull(message = "visitType is required.")
          @Size(max = 40, message = "visitType must be at most 40 characters.")
          String visitType,
      @QueryParam("provider") @Size(max = 40, message = "provider must be at most 40 characters.")
          String provider,
      @QueryParam("when") @Size(max = 200, message = "when must be at most 200 characters.")
          String when,
      @QueryParam("language") @Pattern(regexp = "en|es", message = "language must be en or es.")
          String language) {
    Language chosen = Language.fromCode(language).orElse(Language.ENGLISH);
    SlotOffer offer = slotOffers.offer(visitType, blankToNull(provider), when, chosen);
    if (!offer.understood()) {
      throw new InvalidAppointmentRequestException(offer.text());
    }
    return new OfferView(views(offer.slots(), chosen), offer.text());
  }

  @POST
  @Path("identity-checks")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response startCheck(
      @Valid @NotNull(message = CHECK_REQUIRED) AppointmentRequests.IdentityCheckRequest request) {
    StartedCheck started =
        identityChecks.start(
            request.name(),
            AppointmentRequests.dateOfBirth(request.dateOfBirth()),
            request.email());
    return Response.status(Status.CREATED).entity(started).build();
  }

  @POST
  @Path("identity-checks/{id}/confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConfirmedCheck confirmCheck(
      @PathParam("id") String checkId,
      @Valid @NotNull(message = CHECK_REQUIRED) AppointmentRequests.ConfirmationRequest request) {
    return identityChecks.confirm(
        checkId,
        request.name(),
        AppointmentRequests.dateOfBirth(request.dateOfBirth()),
        request.email(),
        request.code());
  }

  /** Lists the verified patient's upcoming appointments; POST keeps the check id out of the URL. */
  @POST
  @Path("upcoming")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<BookedAppointment> upcoming(
      @Valid @NotNull(message = CHECK_REQUIRED) AppointmentRequests.CheckedRequest request) {
    return book.upcoming(request.identityCheck());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response book(
      @Valid @NotNull(message = CHECK_REQUIRED) AppointmentRequests.BookingRequest request) {
    Instant start = AppointmentRequests.start(request.start());
    try {
      BookedAppointment booked =
          book.book(
              request.identityCheck(),
              new SlotRequest(request.provider(), request.visitType(), start),
              request.reason(),
              Language.ENGLISH);
      return Response.status(Status.CREATED).entity(booked).build();
    } catch (SlotUnavailableException e) {
      return unavailable(e);
    }
  }

  @POST
  @Path("{reference}/rescheduling")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reschedule(
      @PathParam("reference") String reference,
      @Valid @NotNull(message = CHECK_REQUIRED) AppointmentRequests.RescheduleRequest request) {
    Instant start = AppointmentRequests.start(request.start());
    try {
      return Response.ok(
              book.reschedule(request.identityCheck(), reference, start, Language.ENGLISH))
          .build();
    } catch (SlotUnavailableException e) {
      return unavailable(e);
    }
  }

  @POST
  @Path("{reference}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  public BookedAppointment cancel(
      @PathParam("reference") String reference,
      @Valid @NotNull(message = CHECK_REQUIRED) AppointmentRequests.CheckedRequest request) {
    return book.cancel(request.identityCheck(), reference, Language.ENGLISH);
  }

  /** Returns 409 problem details with fresh alternatives, read after the failed transaction. */
  private Response unavailable(SlotUnavailableException e) {
    JsonArrayBuilder alternatives = Json.createArrayBuilder();
    for (SlotView view : views(slotOffers.alternativesTo(e.slot()), Language.ENGLISH)) {
      alternatives.add(
          Json.createObjectBuilder()
              .add("provider", view.provider())
              .add("visitType", view.visitType())
              .add("start", view.start().toString())
              .add("end", view.end().toString())
              .add("startText", view.startText()));
    }
    return Response.status(Status.CONFLICT)
        .type(Problem.MEDIA_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Status.CONFLICT.getReasonPhrase())
                .add("status", Status.CONFLICT.getStatusCode())
                .add("detail", e.getMessage())
                .add("alternatives", alternatives)
                .build())
        .build();
  }

  private List<SlotView> views(List<Slot> slots, Language language) {
    ZoneId zone = schedules.zone();
    return slots.stream()
        .map(
            slot ->
                new SlotView(
                    slot.providerId(),
                    slot.visitTypeId(),
                    slot.start(),
                    slot.end(),
                    SlotText.start(slot.start(), zone, language)))
        .toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() || text.equalsIgnoreCase("anyone") ? null : text;
  }

  /** The providers, visit types and locations of the schedule, and the zone of every time. */
  public record ClinicDirectory(
      String timeZone,
      List<Provider> providers,
      List<VisitType> visitTypes,
      List<Location> locations) {}

  /** A slot as offered: ids to book it with, UTC instants, and the start in the clinic's zone. */
  public record SlotView(
      String provider, String visitType, Instant start, Instant end, String startText) {}

  /** The slots offered and the sentence about them. */
  public record OfferView(List<SlotView> slots, String text) {}
}
