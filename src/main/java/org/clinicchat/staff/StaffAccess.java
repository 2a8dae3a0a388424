package org.clinicchat.staff;

import java.time.Instant;
import java.util.List;

/**
 * One row of the access review: a staff account, its roles, whether it can sign in and has set up
 * two-step sign-in, and its last completed sign-in from the audit trail (null if none is recorded).
 * It also counts the account's lockouts in the review window, and gives the end of a lock in force
 * (null if the account is not locked). A single sign-on account ({@code singleSignOn}) has the
 * roles of its last sign-in through the hospital's identity provider, which checks its MFA, locks
 * and disables it, so it has no lockouts here.
 */
public record StaffAccess(
    String username,
    List<String> roles,
    boolean enabled,
    boolean enrolled,
    Instant createdAt,
    Instant lastSignIn,
    boolean dormant,
    int lockouts,
    Instant lockedUntil,
    boolean singleSignOn) {}
