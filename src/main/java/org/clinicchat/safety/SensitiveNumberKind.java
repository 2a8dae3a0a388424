package org.clinicchat.safety;

/** A kind of number that a patient must not type into a chat, with the text that replaces it. */
public enum SensitiveNumberKind {
  SOCIAL_SECURITY_NUMBER("[social security number removed]", "social security number"),
  PAYMENT_CARD_NUMBER("[card number removed]", "payment card number");

  private final String replacement;
  private final String description;

  SensitiveNumberKind(String replacement, String description) {
    this.replacement = replacement;
    this.description = description;
  }

  /** Returns the text that stands in the stored message where the number was. */
  public String replacement() {
    return replacement;
  }

  /** Returns the kind's name in a sentence for the patient. */
  public String description() {
    return description;
  }
}
