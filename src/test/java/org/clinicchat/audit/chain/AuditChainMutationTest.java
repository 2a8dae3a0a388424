package org.clinicchat.audit.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Applies 1,000 random single-event edits, deletions, insertions and reorderings to copies of a
 * sealed chain, as someone with write access to the database could. Verification must detect each
 * one at the first position where the copy differs from the original. The seed is fixed, so a
 * failure repeats.
 */
class AuditChainMutationTest {

  private static final int MUTATIONS = 1_000;
  private static final int CHAIN_SIZE = 40;
  private static final long SEED = 20261201L;
  private static final int EVENT_HASH_FIELD = 13;

  private final Random random = new Random(SEED);
  private final AuditChainVerifier verifier = new AuditChainVerifier(new AuditSeal(TestChains.KEY));

  @Test
  void everyMutationDetectedAndPinpointed() {
    List<AuditRecord> original = TestChains.chain(CHAIN_SIZE, random);
    ChainAnchor head = TestChains.headOf(original);
    List<String> undetected = new ArrayList<>();
    List<String> misplaced = new ArrayList<>();

    for (int i = 0; i < MUTATIONS; i++) {
      List<AuditRecord> copy = new ArrayList<>(original);
      String mutation = mutate(copy);
      ChainVerification result = verifier.verify(copy.iterator(), null, head);
      long expected = firstDifference(original, copy) + 1;
      if (result.intact()) {
        undetected.add(i + ": " + mutation);
      } else if (result.position() != expected) {
        misplaced.add(i + ": " + mutation + " found at " + result.position() + ", not " + expected);
      }
    }

    assertEquals(List.of(), undetected, "mutations that verification missed");
    assertEquals(List.of(), misplaced, "mutations found at the wrong event");
  }

  @Test
  void untouchedChainsNeverAlarm() {
    List<String> falseAlarms = new ArrayList<>();

    for (int i = 0; i < MUTATIONS; i++) {
      List<AuditRecord> chain = TestChains.chain(1 + random.nextInt(CHAIN_SIZE), random);
      ChainVerification result = verifier.verify(chain.iterator(), null, TestChains.headOf(chain));
      if (!result.intact()) {
        falseAlarms.add(i + ": " + result.summary());
      }
    }

    assertEquals(List.of(), falseAlarms);
  }

  /** Applies one random mutation to the chain and returns what it did. */
  private String mutate(List<AuditRecord> chain) {
    return switch (random.nextInt(4)) {
      case 0 -> edit(chain);
      case 1 -> {
        int index = random.nextInt(chain.size());
        chain.remove(index);
        yield "delete " + index;
      }
      case 2 -> insert(chain);
      default -> reorder(chain);
    };
  }

  private String edit(List<AuditRecord> chain) {
    int index = random.nextInt(chain.size());
    int field = random.nextInt(15);
    AuditRecord edited = withField(chain.get(index), field);
    String description = "edit field " + field + " of " + index;
    // Half of the other edits also recompute the event hash, as someone who read this code would.
    // An edit of the hash itself is not followed by that, which would only restore the original.
    if (field != EVENT_HASH_FIELD && random.nextBoolean()) {
      edited =
          edited.withSeal(
              edited.previousHash(), new AuditSeal(null).eventHash(edited), edited.mac());
      description += " and recompute its hash";
    }
    chain.set(index, edited);
    return description;
  }

  private String insert(List<AuditRecord> chain) {
    int index = random.nextInt(chain.size() + 1);
    if (random.nextBoolean()) {
      AuditRecord replayed = chain.get(random.nextInt(chain.size()));
      chain.add(index, replayed);
      return "insert a copy of sequence " + replayed.sequence() + " at " + index;
    }
    // A forged event that fits its place: the next sequence number and the right previous hash,
    // sealed with a key other than the audit key.
    long sequence = index == 0 ? 1 : chain.get(index - 1).sequence() + 1;
    String previousHash = index == 0 ? AuditSeal.GENESIS_HASH : chain.get(index - 1).eventHash();
    AuditRecord forged =
        new AuditSeal(TestChains.OTHER_KEY)
            .seal(TestChains.unsealed(sequence, random), previousHash);
    chain.add(index, forged);
    return "insert a forged event at " + index;
  }

  private String reorder(List<AuditRecord> chain) {
    int from = random.nextInt(chain.size());
    int to = random.nextInt(chain.size() - 1);
    if (to >= from) {
      to++;
    }
    chain.add(to, chain.remove(from));
    return "move " + from + " to " + to;
  }

  private AuditRecord withField(AuditRecord r, int field) {
    return new AuditRecord(
        field == 0
            ? r.sequence() + 1 + random.nextInt(5) * (random.nextBoolean() ? 1 : -3)
            : r.sequence(),
        field == 1 ? r.occurredAt().plusMillis(1 + random.nextInt(1000)) : r.occurredAt(),
        field == 2 ? changed(r.actor()) : r.actor(),
        field == 3 ? changed(r.actorRole()) : r.actorRole(),
        field == 4 ? changed(r.action()) : r.action(),
        field == 5 ? changed(r.resourceType()) : r.resourceType(),
        field == 6 ? changed(r.resourceId()) : r.resourceId(),
        field == 7 ? changed(r.purpose()) : r.purpose(),
        field == 8 ? changed(r.outcome()) : r.outcome(),
        field == 9 ? changed(r.clientChannel()) : r.clientChannel(),
        field == 10 ? changed(r.clientAddress()) : r.clientAddress(),
        field == 11 ? changed(r.clientAgent()) : r.clientAgent(),
        field == 12 ? flipped(r.previousHash()) : r.previousHash(),
        field == EVENT_HASH_FIELD ? flipped(r.eventHash()) : r.eventHash(),
        field == 14 ? flipped(r.mac()) : r.mac());
  }

  private String changed(String value) {
    if (value == null || value.isEmpty()) {
      return "x";
    }
    return random.nextBoolean() ? value + "x" : value.substring(1);
  }

  /** Returns the hex string with one digit changed to another. */
  private String flipped(String hex) {
    int at = random.nextInt(hex.length());
    int digit = HexFormat.fromHexDigit(hex.charAt(at));
    char other =
        HexFormat.of().toHexDigits((byte) ((digit + 1 + random.nextInt(15)) % 16)).charAt(1);
    return hex.substring(0, at) + other + hex.substring(at + 1);
  }

  /** Returns the first index at which the copy differs from the original, or lacks an event. */
  private static int firstDifference(List<AuditRecord> original, List<AuditRecord> copy) {
    int index = 0;
    while (index < original.size()
        && index < copy.size()
        && original.get(index).equals(copy.get(index))) {
      index++;
    }
    return index;
  }
}
