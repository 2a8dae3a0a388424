package org.clinicchat.staff;

import java.time.Instant;
import java.util.List;

/**
 * One row of the access review: a staff account, its roles, whether it can sign in and has set up
 * two-step sign-in, and its last completed sign-in from the audit trail (null if none is recorded).
 * A single sign-on account ({@code singleSignOn}) has the roles of its last sign-in through the
 * hospital's identity provider, which checks its MFA and can disable it.
 */
public record StaffAccess(
    String username,
    List<String> roles,
    boolean enabled,
    boolean enrolled,
    Instant createdAt,
    Instant lastSignIn,
    boolean dormant,
    boolean singleSignOn) {}
