package org.clinicchat.crypto;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A Jakarta Batch reader of row ids in ascending order, one page of queries at a time. Its
 * checkpoint is the last id read, committed with each chunk, so a restarted step resumes after the
 * last chunk that committed.
 */
public abstract class PagedIdReader extends AbstractItemReader {

  private static final int PAGE_SIZE = 200;

  private final Deque<String> page = new ArrayDeque<>();
  private String lastId = "";
  private boolean exhausted;

  /** Returns up to {@code max} ids greater than {@code afterId}, in ascending order. */
  protected abstract List<String> idsAfter(String afterId, int max);

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? "" : (String) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      List<String> next = idsAfter(lastId, PAGE_SIZE);
      page.addAll(next);
      exhausted = next.size() < PAGE_SIZE;
    }
    String id = page.poll();
    if (id != null) {
      lastId = id;
    }
    return id;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
