package org.clinicchat.alert;

import java.time.Instant;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;

/** The fields of an audit event that the monitoring rules read; none of them is PHI. */
public record ObservedEvent(
    long sequence,
    Instant occurredAt,
    String actor,
    String actorRole,
    AuditAction action,
    AuditOutcome outcome,
    String clientAddress) {}
