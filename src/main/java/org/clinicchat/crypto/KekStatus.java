package org.clinicchat.crypto;

import java.util.List;

/**
 * One key-encryption key (KEK) of the keystore as the key management page and command show it:
 * whether it is active, what it still protects, and why it cannot be deleted yet.
 *
 * @param deletionBlockers the reasons that deletion is rejected; empty when the key may be deleted
 */
public record KekStatus(
    String keyId, boolean active, long dataKeys, long encryptions, List<String> deletionBlockers) {

  public KekStatus {
    deletionBlockers = List.copyOf(deletionBlockers);
  }

  /** Returns whether nothing uses the key any more, so that it may be deleted. */
  public boolean deletable() {
    return deletionBlockers.isEmpty();
  }

  /** Returns the reasons that deletion is rejected as one sentence. */
  public String deletionBlockersText() {
    return String.join("; ", deletionBlockers);
  }
}
