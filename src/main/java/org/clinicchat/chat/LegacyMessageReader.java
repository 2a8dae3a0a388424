package org.clinicchat.chat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinicchat.crypto.PagedIdReader;

/** Reads the ids of messages whose text is still in the old {@code v1} format. */
@Named
@Dependent
public class LegacyMessageReader extends PagedIdReader {

  @Inject LegacyMessages legacyMessages;

  @Override
  protected List<String> idsAfter(String afterId, int max) {
    return legacyMessages.idsAfter(afterId, max);
  }
}
