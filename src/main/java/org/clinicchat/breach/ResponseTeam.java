package org.clinicchat.breach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.audit.AuditedResult;
import org.clinicchat.security.Roles;

/**
 * The incident response team that the privacy officer keeps: who leads, decides and acts when an
 * incident is discovered, and how to reach them. Administrators read whether it is complete.
 */
@Stateless
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
public class ResponseTeam {

  static final int MAX_FIELD_LENGTH = 120;

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{5,40}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @PersistenceContext EntityManager entityManager;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /**
   * Adds a member to the team.
   *
   * @throws InvalidIncidentException if the role is unknown, or the name, phone or email is missing
   *     or invalid
   */
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  @Audited(
      value = AuditAction.BREACH_RESPONSE_TEAM_CHANGED,
      resourceType = "ResponseContact",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public AddedContact add(String role, String name, String phone, String email) {
    ResponseContact contact =
        new ResponseContact(
            parseRole(role),
            requireText(name, "Name"),
            requireMatch(phone, PHONE, "Phone", "digits, spaces, +, (, ), . or -"),
            requireMatch(email, EMAIL, "Email", "an address such as lead@clinic.example"),
            securityContext.getCallerPrincipal().getName(),
            Instant.now(clock));
    entityManager.persist(contact);
    return new AddedContact(contact.getId());
  }

  /**
   * Removes a member from the team.
   *
   * @throws InvalidIncidentException if no member has the id
   */
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  @Audited(
      value = AuditAction.BREACH_RESPONSE_TEAM_CHANGED,
      resourceType = "ResponseContact",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void remove(@AuditedResource String contactId) {
    ResponseContact contact =
        contactId == null ? null : entityManager.find(ResponseContact.class, contactId);
    if (contact == null) {
      throw new InvalidIncidentException("No team member has the id '" + contactId + "'.");
    }
    entityManager.remove(contact);
  }

  /** Returns the team, in the order of the roles. */
  public List<ResponseContact> members() {
    return entityManager
        .createQuery("SELECT c FROM ResponseContact c ORDER BY c.addedAt", ResponseContact.class)
        .getResultList()
        .stream()
        .sorted((a, b) -> a.getRole().compareTo(b.getRole()))
        .toList();
  }

  /** Returns the required roles that have no member yet. */
  public Set<ResponseRole> missingRoles() {
    Set<ResponseRole> missing =
        Arrays.stream(ResponseRole.values())
            .filter(ResponseRole::required)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResponseRole.class)));
    members().forEach(member -> missing.remove(member.getRole()));
    return missing;
  }

  private static ResponseRole parseRole(String role) {
    try {
      return ResponseRole.valueOf(role == null ? "" : role.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidIncidentException("Choose the member's role from the list.");
    }
  }

  private static String requireText(String value, String label) {
    if (value == null || value.isBlank() || value.strip().length() > MAX_FIELD_LENGTH) {
      throw new InvalidIncidentException(
          label + ": enter 1 to " + MAX_FIELD_LENGTH + " characters.");
    }
    return value.strip();
  }

  private static String requireMatch(String value, Pattern pattern, String label, String form) {
    String text = requireText(value, label);
    if (!pattern.matcher(text).matches()) {
      throw new InvalidIncidentException(
          label + ": '" + text + "' is invalid; enter " + form + ".");
    }
    return text;
  }

  /** A member just added, whose id the audit event records. */
  public record AddedContact(String id) implements AuditedResult {

    @Override
    public String auditedResourceId() {
      return id;
    }
  }
}
