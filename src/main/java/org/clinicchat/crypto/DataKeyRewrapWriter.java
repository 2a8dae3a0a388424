package org.clinicchat.crypto;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Re-wraps the data keys of a chunk under the active key-encryption key, in a transaction of their
 * own. Each key is locked while it is re-wrapped, so a message sent meanwhile waits for the chunk
 * instead of using a key that is about to change.
 */
@Named
@Dependent
public class DataKeyRewrapWriter extends AbstractItemWriter {

  @Inject FieldEncryption fieldEncryption;

  @Override
  public void writeItems(List<Object> items) {
    fieldEncryption.rewrap(items.stream().map(String.class::cast).toList());
  }
}
