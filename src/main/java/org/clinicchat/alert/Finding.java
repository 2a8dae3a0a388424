package org.clinicchat.alert;

import java.time.Instant;

/**
 * A rule that matched an audit event, before it is stored as an {@link Alert}.
 *
 * @param subject the staff user name or, for failed logins by address, the client address
 * @param count the number of events in the rule's window, or 1 for rules on single events
 */
public record Finding(
    AlertRule rule, String subject, long count, Instant occurredAt, long sequence) {}
