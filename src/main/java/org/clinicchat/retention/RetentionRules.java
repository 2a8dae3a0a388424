package org.clinicchat.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long each kind of patient data is kept, as ISO-8601 periods from MicroProfile Config:
 * transcripts {@code clinicchat.retention.transcripts} (default {@code P6Y} after the last message)
 * and transcripts under a revoked consent {@code clinicchat.retention.revoked-consent-transcripts}
 * (default {@code P6Y} after the revocation), and appointments {@code
 * clinicchat.retention.appointments} (default {@code P6Y} after the visit ended). Consent decisions
 * and audit events are never deleted by the application: the database grants allow it only to add
 * and read them, which keeps them beyond the six years HIPAA requires.
 */
@ApplicationScoped
public class RetentionRules {

  static final String TRANSCRIPTS = "clinicchat.retention.transcripts";
  static final String REVOKED_CONSENT_TRANSCRIPTS =
      "clinicchat.retention.revoked-consent-transcripts";
  static final String APPOINTMENTS = "clinicchat.retention.appointments";

  /** Returns how long a transcript is kept after its last message. */
  public Period transcripts() {
    return read(TRANSCRIPTS);
  }

  /** Returns how long an appointment is kept after it ended. */
  public Period appointments() {
    return read(APPOINTMENTS);
  }

  /** Returns how long a transcript is kept after its consent was revoked. */
  public Period revokedConsentTranscripts() {
    return read(REVOKED_CONSENT_TRANSCRIPTS);
  }

  /** Returns the instant before which data kept for the period has expired. */
  static Instant cutoff(Instant now, Period period) {
    return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
  }

  private static Period read(String name) {
    String value = ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse("P6Y");
    return Period.parse(value);
  }
}
