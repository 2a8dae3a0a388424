package org.clinicchat.breach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditEvent;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditPage;
import org.clinicchat.audit.AuditQuery;
import org.clinicchat.audit.AuditTrailReader;
import org.clinicchat.audit.InvalidAuditQueryException;
import org.clinicchat.security.Roles;
import org.clinicchat.staff.AccessReview;
import org.clinicchat.staff.StaffAccess;

/**
 * Finds the patients an incident may affect from the audit trail, read through {@link
 * AuditTrailReader}, so each page read is itself audited. Patients are found by conversation: the
 * trail names a conversation by id and the visitor who started it by pseudonym, never by name.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class AffectedPatientFinder {

  /**
   * Pages of {@link AuditTrailReader#search} read per scan at most, 50 events each: a search over
   * more events is marked incomplete, to be narrowed.
   */
  static final int MAX_PAGES = 200;

  /**
   * The roles whose pages open conversations, as the security constraint on {@code
   * /admin/conversations/*} and {@code @RolesAllowed} on the conversation review grant them. The
   * other staff roles see ids in the audit trail, never message text.
   */
  static final Set<String> ROLES_READING_CONVERSATIONS = Set.of(Roles.ADMIN, Roles.CLINICIAN);

  private static final String CONVERSATION = "Conversation";

  @Inject AuditTrailReader reader;

  @Inject AccessReview accessReview;

  /**
   * Returns the conversations with a successful access recorded between two instants, inclusive, by
   * anyone or by one staff account only.
   *
   * @param staffUser a staff user name, or null or blank for every actor
   * @throws InvalidIncidentException if the window is missing or reversed, or the name is not
   *     id-shaped
   */
  public AffectedPatients accessedBetween(Instant from, Instant to, String staffUser) {
    if (from == null || to == null) {
      throw new InvalidIncidentException("Time window: enter both its start and its end.");
    }
    Map<String, Access> accesses = new TreeMap<>();
    Map<String, String> pseudonyms = new HashMap<>();
    int[] read = {0};
    boolean complete =
        scan(
            query(staffUser, null, null, from, to),
            event -> {
              read[0]++;
              if (isConversationAccess(event)) {
                accesses.computeIfAbsent(event.getResourceId(), id -> new Access()).add(event);
                if (Roles.PATIENT.equals(event.getActorRole())) {
                  pseudonyms.put(event.getResourceId(), event.getActor());
                }
              }
            });
    List<AffectedPatient> patients = withPseudonyms(accesses, pseudonyms, to, read);
    return new AffectedPatients(patients, read[0], !complete);
  }

  /**
   * Names each accessed conversation's patient: by the pseudonym seen in the window, else by the
   * conversation's start event, looked up for at most {@link #MAX_PAGES} conversations. A patient
   * left without a pseudonym is named by the conversation id.
   */
  private List<AffectedPatient> withPseudonyms(
      Map<String, Access> accesses, Map<String, String> pseudonyms, Instant until, int[] read) {
    List<AffectedPatient> patients = new ArrayList<>();
    int lookups = 0;
    for (Map.Entry<String, Access> entry : accesses.entrySet()) {
      String conversation = entry.getKey();
      String pseudonym = pseudonyms.get(conversation);
      if (pseudonym == null && lookups < MAX_PAGES) {
        lookups++;
        pseudonym = starter(conversation, until, read);
      }
      Access access = entry.getValue();
      patients.add(new AffectedPatient(conversation, pseudonym, access.count, access.last));
    }
    return patients;
  }

  /**
   * Returns the conversations that a staff account's roles let it open, up to an instant: every
   * conversation started by then if a role reads conversations, else none.
   *
   * @throws InvalidIncidentException if no staff account has the name
   */
  public AffectedPatients reachableBy(String staffUser, Instant until) {
    if (until == null) {
      throw new InvalidIncidentException("Reachable until: enter the end of the compromise.");
    }
    String name = staffUser == null ? "" : staffUser.strip();
    StaffAccess account =
        accessReview.accounts().stream()
            .filter(candidate -> candidate.username().equals(name))
            .findFirst()
            .orElseThrow(
                () -> new InvalidIncidentException("Staff account: no account is named " + name));
    if (account.roles().stream().noneMatch(ROLES_READING_CONVERSATIONS::contains)) {
      return new AffectedPatients(List.of(), 0, false);
    }

    Map<String, String> starters = new TreeMap<>();
    int[] read = {0};
    boolean complete = startersUntil(until, starters, read);
    List<AffectedPatient> patients = new ArrayList<>();
    starters.forEach(
        (conversation, pseudonym) ->
            patients.add(new AffectedPatient(conversation, pseudonym, 0, null)));
    return new AffectedPatients(patients, read[0], !complete);
  }

  /**
   * Returns the pseudonym that started a conversation, from its {@code CONVERSATION_STARTED} event,
   * or null if the trail up to the instant has none.
   */
  private String starter(String conversation, Instant until, int[] read) {
    List<AuditEvent> started =
        reader
            .search(query(null, AuditAction.CONVERSATION_STARTED, conversation, null, until), 0)
            .events();
    read[0] += started.size();
    return started.stream()
        .filter(event -> Roles.PATIENT.equals(event.getActorRole()))
        .map(AuditEvent::getActor)
        .findFirst()
        .orElse(null);
  }

  /** Maps each conversation started up to an instant to the pseudonym that started it. */
  private boolean startersUntil(Instant until, Map<String, String> starters, int[] read) {
    return scan(
        query(null, AuditAction.CONVERSATION_STARTED, null, null, until),
        event -> {
          read[0]++;
          if (isConversationAccess(event) && Roles.PATIENT.equals(event.getActorRole())) {
            starters.put(event.getResourceId(), event.getActor());
          }
        });
  }

  /**
   * Feeds every event that matches to the consumer once, and returns whether it read them all.
   * Pages are newest first, so an event recorded during the scan shifts older ones to the next
   * page, where they are skipped by sequence number.
   */
  private boolean scan(AuditQuery query, Consumer<AuditEvent> consumer) {
    Set<Long> seen = new HashSet<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      AuditPage found = reader.search(query, page);
      found.events().stream().filter(event -> seen.add(event.getSequence())).forEach(consumer);
      if (!found.hasNext()) {
        return true;
      }
    }
    return false;
  }

  private static AuditQuery query(
      String actor, AuditAction action, String resourceId, Instant from, Instant to) {
    try {
      return new AuditQuery(actor, action, resourceId, from, to);
    } catch (InvalidAuditQueryException e) {
      throw new InvalidIncidentException(e.getMessage());
    }
  }

  private static boolean isConversationAccess(AuditEvent event) {
    return event.getOutcome() == AuditOutcome.SUCCESS
        && CONVERSATION.equals(event.getResourceType())
        && event.getResourceId() != null
        && !event.getResourceId().startsWith("(");
  }

  /** The successful accesses to one conversation seen so far. */
  private static final class Access {
    private int count;
    private Instant last;

    void add(AuditEvent event) {
      count++;
      if (last == null || event.getOccurredAt().isAfter(last)) {
        last = event.getOccurredAt();
      }
    }
  }
}
