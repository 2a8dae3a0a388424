package org.clinicchat.crypto;

/**
 * The data key of a conversation was erased (crypto-shredded): its values can no longer be
 * decrypted, and no new value is encrypted for it.
 */
public class DataKeyErasedException extends DecryptionFailedException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the owner of the data key: a conversation or patient identity id. */
  public DataKeyErasedException(String ownerId) {
    super("The data key of " + ownerId + " was erased", null);
  }
}
