/**
 * The audit hash chain in plain Java: sealing events, verifying a chain, signed checkpoints and the
 * offline verifier of an exported JSON Lines file. Nothing here may use a Jakarta or MicroProfile
 * API, because the offline verifier runs with only {@code target/classes} on the class path.
 */
package org.clinicchat.audit.chain;
