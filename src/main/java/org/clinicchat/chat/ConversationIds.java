package org.clinicchat.chat;

import java.util.regex.Pattern;

/**
 * Checks conversation ids from requests before any lookup or audit event, because a caller can put
 * any text, PHI included, where an id belongs.
 */
public final class ConversationIds {

  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  private ConversationIds() {}

  /** Returns the id if it is a lowercase UUID, or throws {@link ConversationNotFoundException}. */
  public static String require(String id) {
    if (id == null || !UUID.matcher(id).matches()) {
      throw new ConversationNotFoundException();
    }
    return id;
  }
}
