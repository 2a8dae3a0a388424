package org.clinicchat.chat;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The widget's report that it showed the conversation up to a message.
 *
 * @param sequence the highest sequence number shown, a whole number of at least 1. It is read as a
 *     decimal so that a fraction such as 1.5 is rejected instead of rounded.
 */
public record AcknowledgementRequest(
    @NotNull(message = "sequence is required.")
        @DecimalMin(value = "1", message = "sequence must be at least 1.")
        @Digits(
            integer = 9,
            fraction = 0,
            message = "sequence must be a whole number of at most 9 digits.")
        BigDecimal sequence) {

  /** Returns the sequence number; call it only on a validated request. */
  int sequenceNumber() {
    return sequence.intValueExact();
  }
}
