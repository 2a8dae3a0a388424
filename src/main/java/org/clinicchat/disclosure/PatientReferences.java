package org.clinicchat.disclosure;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Set;
import org.clinicchat.chat.Conversation;

/**
 * The references a patient's ledger entries may be recorded under: the visitor pseudonym and every
 * conversation id of that visitor. A disclosure recorded by hand names either, and a transcript
 * disclosure names its conversation, so a report must look under all of them.
 */
final class PatientReferences {

  private PatientReferences() {}

  /**
   * Returns the reference given, the visitor it names or whose conversation it names, and all that
   * visitor's conversation ids. A reference that matches no conversation is returned alone.
   */
  static Set<String> of(EntityManager entityManager, String reference) {
    Conversation named = entityManager.find(Conversation.class, reference);
    String visitor = named == null ? reference : named.getVisitor();

    Set<String> references = new LinkedHashSet<>();
    references.add(reference);
    references.add(visitor);
    references.addAll(
        entityManager
            .createQuery("SELECT c.id FROM Conversation c WHERE c.visitor = :visitor", String.class)
            .setParameter("visitor", visitor)
            .getResultList());
    return references;
  }
}
