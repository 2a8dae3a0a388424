package org.clinicchat.breach;

import java.util.Set;

/**
 * The privacy officer's text for an incident's notice letter: what happened, the kinds of PHI
 * involved, the steps individuals should take, and the clinic's response.
 */
public record NoticeContent(
    String whatHappened, Set<PhiKind> phiKinds, String individualSteps, String clinicResponse) {

  /** Copies the set of kinds, so that the content cannot change after it is checked. */
  public NoticeContent {
    phiKinds = Set.copyOf(phiKinds);
  }

  /** Returns whether every element a letter needs has been written. */
  public boolean isComplete() {
    return present(whatHappened)
        && !phiKinds.isEmpty()
        && present(individualSteps)
        && present(clinicResponse);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
