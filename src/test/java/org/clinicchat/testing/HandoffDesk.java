package org.clinicchat.testing;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The clinician's side of a handoff over HTTP, without a browser: takes a conversation over and
 * replies on its transcript page, as the page's form does. The clinician account must exist ({@link
 * StaffFixtures#ensureAccount}).
 */
public final class HandoffDesk {

  private HandoffDesk() {}

  /**
   * Takes a waiting conversation over.
   *
   * @throws IllegalStateException if the page does not show the reply form afterwards
   */
  public static void take(String conversation) {
    HttpResponse<String> page =
        clinician()
            .submit(
                transcriptPage(conversation),
                "handoff",
                Map.of("handoff:conversation", conversation, "handoff:take", "Take over"));
    if (!page.body().contains("handoff:reply")) {
      throw new IllegalStateException("Taking the conversation over failed: " + page.body());
    }
  }

  /**
   * Sends a staff message in a conversation the clinician took over.
   *
   * @throws IllegalStateException if the transcript page does not show the message afterwards
   */
  public static void reply(String conversation, String text) {
    HttpResponse<String> page =
        clinician()
            .submit(
                transcriptPage(conversation),
                "handoff",
                Map.of(
                    "handoff:conversation", conversation,
                    "handoff:reply", text,
                    "handoff:send", "Send"));
    if (!page.body().contains(text)) {
      throw new IllegalStateException("The reply is not on the transcript page: " + page.body());
    }
  }

  /** Returns the HTML of the conversation's staff transcript page. */
  public static String transcript(String conversation) {
    return clinician().get(transcriptPage(conversation)).body();
  }

  private static String transcriptPage(String conversation) {
    return "admin/conversations/transcript.xhtml?id=" + conversation;
  }

  private static StaffSession clinician() {
    return StaffSession.signedIn(
        StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());
  }
}
