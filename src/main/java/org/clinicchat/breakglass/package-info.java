/**
 * Break-glass emergency access: a staff member whose role reads no conversation requests access to
 * one conversation with a written reason, reads its transcript until the grant expires, and a
 * privacy officer reviews and signs off each grant. Role checks stay in the container, and whether
 * a grant covers a conversation is checked from the stored grants.
 */
package org.clinicchat.breakglass;
