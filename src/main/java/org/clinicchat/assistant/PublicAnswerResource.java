package org.clinicchat.assistant;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clinicchat.safety.Language;

/**
 * Answers general questions for visitors who declined consent. Nothing about the question or the
 * visitor is stored, logged or audited, so only the clinic's general FAQ is answered.
 */
@Path("public-answers")
public class PublicAnswerResource {

  static final int MAX_QUESTION_LENGTH = 4000;

  @Inject Assistant assistant;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Reply answer(@Valid @NotNull(message = "A JSON body is required.") Question question) {
    return assistant.answer(
        question.question(), Language.fromCode(question.language()).orElse(null));
  }

  /** A general question from a visitor who declined consent. */
  public record Question(
      @NotBlank(message = "question must not be empty.")
          @Size(
              max = MAX_QUESTION_LENGTH,
              message = "question must be at most " + MAX_QUESTION_LENGTH + " characters.")
          String question,
      @Pattern(regexp = "en|es", message = "language must be en or es.") String language) {}
}
