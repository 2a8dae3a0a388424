package org.clinicchat.breakglass;

/**
 * A grant on the privacy officer's review list, with its reason decrypted.
 *
 * @param grant the stored grant
 * @param reason the reason the staff member gave, decrypted
 */
public record ReviewedGrant(BreakGlassGrant grant, String reason) {}
