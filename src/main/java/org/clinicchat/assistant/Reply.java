package org.clinicchat.assistant;

/**
 * The assistant's answer to one message.
 *
 * @param text the answer as the patient reads it
 * @param topic where the answer came from: a FAQ topic, {@value #EMERGENCY_TOPIC}, {@value
 *     #NO_ADVICE_TOPIC}, {@value #EDUCATION_TOPIC}, or {@code null} for the fallback that offers a
 *     person
 * @param emergency whether the message suggested an emergency and the text is the fixed emergency
 *     answer
 * @param source the page an education answer was taken from, or {@code null} for other answers
 */
public record Reply(String text, String topic, boolean emergency, Source source) {

  public static final String EMERGENCY_TOPIC = "emergency";
  public static final String NO_ADVICE_TOPIC = "no-diagnosis";
  public static final String EDUCATION_TOPIC = "education";

  /** The FAQ topic that asks for a person: its answer also puts the conversation in the queue. */
  public static final String HANDOFF_TOPIC = "handoff";

  /** The publisher and the address of a patient-education answer. */
  public record Source(String name, String url) {}

  /** Creates a reply from the clinic's own content or the fallback. */
  public Reply(String text, String topic) {
    this(text, topic, false, null);
  }

  /** Returns whether the reply came from the clinic's content rather than the fallback. */
  public boolean answered() {
    return topic != null;
  }

  /** Returns this reply with a sentence added before its text. */
  Reply withPrefix(String prefix) {
    return new Reply(prefix + "\n\n" + text, topic, emergency, source);
  }

  /** Returns this reply with a sentence added after its text. */
  Reply withNotice(String notice) {
    return new Reply(text + "\n\n" + notice, topic, emergency, source);
  }
}
