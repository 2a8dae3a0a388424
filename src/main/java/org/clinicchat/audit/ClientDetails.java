package org.clinicchat.audit;

/**
 * The client of an audited call without PHI: the channel ({@code api}, {@code web} or {@code
 * system}), the network address for staff only, and the browser or client family with its major
 * version. A patient's address is not stored, because an IP address linked to a patient's health
 * information is one of the identifiers HIPAA's Safe Harbor method lists as PHI.
 */
public record ClientDetails(String channel, String address, String agent) {

  /** The client of calls that no request started, such as the scheduled chain verification. */
  public static final ClientDetails SYSTEM = new ClientDetails("system", null, null);

  /** Returns these details without the address. */
  public ClientDetails withoutAddress() {
    return new ClientDetails(channel, null, agent);
  }
}
