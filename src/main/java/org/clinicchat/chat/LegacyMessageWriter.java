package org.clinicchat.chat;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Re-encrypts the {@code v1} text of the messages of a chunk, in a transaction of their own. */
@Named
@Dependent
public class LegacyMessageWriter extends AbstractItemWriter {

  @Inject LegacyMessages legacyMessages;

  @Override
  public void writeItems(List<Object> items) {
    legacyMessages.reencrypt(items.stream().map(String.class::cast).toList());
  }
}
