package org.clinicchat.crypto;

/**
 * Values outside the data keys that a key-encryption key (KEK) still decrypts directly, such as
 * message text in the old {@code v1} format. A feature that stores such values implements this as a
 * CDI bean, so that {@link KeyAdministration} refuses to delete a KEK they need.
 */
public interface KeyDependents {

  /** Returns how many stored values the KEK decrypts directly. */
  long countUnder(String kekId);

  /** Returns a phrase for the administrator naming the values, for example "3 v1 messages". */
  String describe(long count);
}
