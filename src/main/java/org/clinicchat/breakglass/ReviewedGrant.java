package org.clinicchat.breakglass;

/**
 * A grant on the privacy officer's review list, with its reason decrypted.
 *
 * @param grant the stored grant
 * @param reason the reason the staff member gave, decrypted
 * @param active whether the grant still allows reading when the list was read
 */
public record ReviewedGrant(BreakGlassGrant grant, String reason, boolean active) {}
