package org.clinicchat.assistant;

import java.util.Optional;

/** A source of patient-education answers that name their source. */
interface EducationAnswers {

  /** Returns an answer about the condition or drug the question names, or empty. */
  Optional<Reply> answer(String question);
}
