package org.clinicchat.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.clinicchat.safety.Language;

/**
 * A message a patient sends.
 *
 * @param text the message
 * @param language the ISO 639-1 code of the language the widget shows, {@code en} or {@code es};
 *     when absent the assistant answers in the language the message is written in
 */
public record MessageRequest(
    @NotBlank(message = "text must not be empty.")
        @Size(
            max = Message.MAX_TEXT_LENGTH,
            message = "text must be at most " + Message.MAX_TEXT_LENGTH + " characters.")
        String text,
    @Pattern(regexp = "en|es", message = "language must be en or es.") String language) {

  /** Removes control characters and bidirectional overrides before the text is checked. */
  public MessageRequest {
    text = ControlCharacters.strip(text);
  }

  /** Returns the language the widget chose, or null when it chose none. */
  public Language chosenLanguage() {
    return Language.fromCode(language).orElse(null);
  }
}
