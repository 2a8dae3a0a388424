package org.clinicchat.breach;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The patients that one search of the audit trail found, by conversation.
 *
 * @param eventsRead audit events read to find them
 * @param incomplete whether the search stopped at its limit of events, so more patients may be
 *     affected than listed
 */
public record AffectedPatients(List<AffectedPatient> patients, int eventsRead, boolean incomplete) {

  /** Copies the list. */
  public AffectedPatients {
    patients = List.copyOf(patients);
  }

  /** Returns the distinct references that the register attaches to an incident. */
  public Set<String> references() {
    return patients.stream().map(AffectedPatient::reference).collect(Collectors.toSet());
  }
}
