package org.clinicchat.crypto;

/**
 * The data key of a conversation was erased (crypto-shredded): its values can no longer be
 * decrypted, and no new value is encrypted for it.
 */
public class DataKeyErasedException extends DecryptionFailedException {

  private static final long serialVersionUID = 1L;

  public DataKeyErasedException(String conversationId) {
    super("The data key of conversation " + conversationId + " was erased", null);
  }
}
