package org.clinicchat.audit;

import org.clinicchat.audit.chain.AuditRecord;

/**
 * The CDI event fired for each audit event appended to the chain. Observers that must see only
 * stored events observe it with {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record AuditRecorded(AuditRecord record) {}
