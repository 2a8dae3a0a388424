package org.clinicchat.crypto;

/**
 * Where an encrypted value is stored: the entity type, the attribute and the row id. It is bound to
 * the ciphertext as additional authenticated data, so a ciphertext copied into another row or
 * column fails to decrypt.
 *
 * <p>The entity and attribute names are part of the stored format: renaming them makes every
 * existing value unreadable, so callers pass constants rather than class or field names.
 */
public record FieldLocation(String entity, String attribute, String rowId) {

  public FieldLocation {
    requireText(entity, "entity");
    requireText(attribute, "attribute");
    requireText(rowId, "rowId");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A field location needs a non-blank " + name);
    }
  }
}
