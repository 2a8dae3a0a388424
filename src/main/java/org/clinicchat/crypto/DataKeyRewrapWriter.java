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

  /**
   * Test hook: while this system property names a data key id, a chunk that contains that id fails
   * before it re-wraps anything, as a crash in the middle of the job would. Never set in
   * production.
   */
  static final String FAIL_AT_PROPERTY = "clinicchat.test.key-rotation.fail-at-data-key";

  @Inject FieldEncryption fieldEncryption;

  @Override
  public void writeItems(List<Object> items) {
    String failAt = System.getProperty(FAIL_AT_PROPERTY);
    if (failAt != null && items.contains(failAt)) {
      throw new KeyRotationException("Chunk failed on purpose by " + FAIL_AT_PROPERTY);
    }
    fieldEncryption.rewrap(items.stream().map(String.class::cast).toList());
  }
}
