package org.clinicchat.crypto;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Reads the ids of data keys that another key-encryption key than the active one wraps. */
@Named
@Dependent
public class StaleDataKeyReader extends PagedIdReader {

  @Inject FieldEncryption fieldEncryption;

  @Override
  protected List<String> idsAfter(String afterId, int max) {
    return fieldEncryption.staleDataKeyIds(afterId, max);
  }
}
