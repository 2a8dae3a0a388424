package org.clinicchat.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the key management page's count of message text still in the old {@code v1} format. */
@Named
@RequestScoped
public class LegacyMessageCount {

  @Inject LegacyMessages legacyMessages;

  private Long remaining;

  /** Returns how many messages still have {@code v1} text, read once per request. */
  public long getRemaining() {
    if (remaining == null) {
      remaining = legacyMessages.count();
    }
    return remaining;
  }
}
