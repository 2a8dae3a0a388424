package org.clinicchat.audit.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

  private final List<AuditRecord> chain = TestChains.chain(10, new Random(7));
  private final AuditChainVerifier verifier = new AuditChainVerifier(new AuditSeal(TestChains.KEY));

  @Test
  void untouchedChainIntact() {
    ChainVerification result = verify(chain);

    assertTrue(result.intact(), result::summary);
    assertEquals(10, result.eventsChecked());
    assertEquals(TestChains.headOf(chain), result.head());
  }

  @Test
  void emptyChainIntactAtGenesis() {
    ChainVerification result = verifier.verify(List.<AuditRecord>of().iterator(), null, null);

    assertTrue(result.intact());
    assertEquals(ChainAnchor.empty(), result.head());
  }

  @Test
  void editedFieldPinpointed() {
    List<AuditRecord> copy = new ArrayList<>(chain);
    AuditRecord original = copy.get(4);
    copy.set(4, withActor(original, "someone-else"));

    ChainVerification result = verify(copy);

    assertEquals(ChainBreak.CONTENT_CHANGED, result.breakKind());
    assertEquals(5, result.position());
    assertEquals(original.sequence(), result.sequence());
  }

  @Test
  void rehashedEditFailsMac() {
    List<AuditRecord> copy = new ArrayList<>(chain);
    AuditRecord edited = withActor(copy.get(4), "someone-else");
    String forgedHash = new AuditSeal(null).eventHash(edited);
    copy.set(4, edited.withSeal(edited.previousHash(), forgedHash, edited.mac()));

    ChainVerification result = verify(copy);

    assertEquals(ChainBreak.MAC_INVALID, result.breakKind());
    assertEquals(5, result.position());
  }

  @Test
  void resealedWithOtherKeyFailsMac() {
    List<AuditRecord> copy = new ArrayList<>(chain);
    AuditRecord target = copy.get(2);
    copy.set(2, new AuditSeal(TestChains.OTHER_KEY).seal(target, target.previousHash()));

    assertEquals(ChainBreak.MAC_INVALID, verify(copy).breakKind());
  }

  @Test
  void deletedEventPinpointsSuccessor() {
    List<AuditRecord> copy = new ArrayList<>(chain);
    copy.remove(3);

    ChainVerification result = verify(copy);

    assertEquals(ChainBreak.SEQUENCE_GAP, result.breakKind());
    assertEquals(5, result.sequence());
  }

  @Test
  void deletedEventWithRenumberingBreaksContent() {
    List<AuditRecord> copy = new ArrayList<>(chain);
    copy.remove(3);
    for (int i = 3; i < copy.size(); i++) {
      copy.set(i, withSequence(copy.get(i), i + 1));
    }

    ChainVerification result = verify(copy);

    assertEquals(ChainBreak.CONTENT_CHANGED, result.breakKind());
    assertEquals(4, result.position());
  }

  @Test
  void deletedFirstEventBreaksLink() {
    ChainVerification result = verifier.verify(chain.subList(1, 10).iterator(), null, null);

    assertEquals(ChainBreak.LINK_BROKEN, result.breakKind());
    assertEquals(1, result.position());
  }

  @Test
  void deletedLastEventBreaksHead() {
    ChainVerification result =
        verifier.verify(chain.subList(0, 9).iterator(), null, TestChains.headOf(chain));

    assertEquals(ChainBreak.HEAD_MISMATCH, result.breakKind());
    assertEquals(10, result.sequence());
  }

  @Test
  void deletedLastEventUndetectedWithoutAnchor() {
    assertTrue(verifier.verify(chain.subList(0, 9).iterator(), null, null).intact());
  }

  @Test
  void swappedEventsDetected() {
    List<AuditRecord> copy = new ArrayList<>(chain);
    Collections.swap(copy, 2, 3);

    ChainVerification result = verify(copy);

    assertEquals(ChainBreak.SEQUENCE_GAP, result.breakKind());
    assertEquals(3, result.position());
  }

  @Test
  void replayedEventOutOfOrder() {
    List<AuditRecord> copy = new ArrayList<>(chain);
    copy.add(6, chain.get(2));

    ChainVerification result = verify(copy);

    assertEquals(ChainBreak.SEQUENCE_OUT_OF_ORDER, result.breakKind());
    assertEquals(7, result.position());
  }

  @Test
  void unsealedEventRejected() {
    List<AuditRecord> copy = new ArrayList<>(chain);
    copy.set(5, copy.get(5).withSeal(null, null, null));

    assertEquals(ChainBreak.NOT_SEALED, verify(copy).breakKind());
  }

  @Test
  void checkpointMatchesIntactChain() {
    AuditRecord fifth = chain.get(4);

    ChainVerification result =
        verifier.verify(chain.iterator(), new ChainAnchor(5, fifth.eventHash()), null);

    assertTrue(result.intact(), result::summary);
  }

  @Test
  void truncatedBelowCheckpointDetected() {
    ChainAnchor checkpoint = new ChainAnchor(8, chain.get(7).eventHash());

    ChainVerification result = verifier.verify(chain.subList(0, 6).iterator(), checkpoint, null);

    assertEquals(ChainBreak.CHECKPOINT_MISMATCH, result.breakKind());
    assertEquals(7, result.sequence());
  }

  @Test
  void rewrittenChainFailsCheckpoint() {
    ChainAnchor checkpoint = new ChainAnchor(5, chain.get(4).eventHash());
    List<AuditRecord> rewritten = TestChains.chain(10, new Random(8));

    ChainVerification result = verifier.verify(rewritten.iterator(), checkpoint, null);

    assertEquals(ChainBreak.CHECKPOINT_MISMATCH, result.breakKind());
    assertEquals(5, result.sequence());
  }

  @Test
  void keylessVerifierMissesForgery() {
    List<AuditRecord> copy = new ArrayList<>(chain);
    AuditRecord edited = withActor(copy.getLast(), "someone-else");
    copy.set(9, new AuditSeal(TestChains.OTHER_KEY).seal(edited, edited.previousHash()));

    ChainVerification result =
        new AuditChainVerifier(new AuditSeal(null)).verify(copy.iterator(), null, null);

    assertTrue(result.intact(), "without the key a re-sealed last event cannot be told apart");
    assertFalse(result.macsChecked());
  }

  @Test
  void anchorRejectsMalformedHash() {
    assertThrows(IllegalArgumentException.class, () -> new ChainAnchor(1, "ABC"));
  }

  private ChainVerification verify(List<AuditRecord> events) {
    return verifier.verify(events.iterator(), null, TestChains.headOf(chain));
  }

  static AuditRecord withActor(AuditRecord r, String actor) {
    return new AuditRecord(
        r.sequence(),
        r.occurredAt(),
        actor,
        r.actorRole(),
        r.action(),
        r.resourceType(),
        r.resourceId(),
        r.purpose(),
        r.outcome(),
        r.clientChannel(),
        r.clientAddress(),
        r.clientAgent(),
        r.previousHash(),
        r.eventHash(),
        r.mac());
  }

  static AuditRecord withSequence(AuditRecord r, long sequence) {
    return new AuditRecord(
        sequence,
        r.occurredAt(),
        r.actor(),
        r.actorRole(),
        r.action(),
        r.resourceType(),
        r.resourceId(),
        r.purpose(),
        r.outcome(),
        r.clientChannel(),
        r.clientAddress(),
        r.clientAgent(),
        r.previousHash(),
        r.eventHash(),
        r.mac());
  }
}
