package org.clinicchat.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.clinicchat.audit.AuditedResult;

/**
 * A staff member's login: a unique user name, a PBKDF2 password hash, and roles. The staff identity
 * store reads the tables of this entity with plain SQL, so their names are part of its contract.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount implements AuditedResult {

  @Id
  @Column(length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role", nullable = false, length = 40)
  private Set<String> roles = new HashSet<>();

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StaffAccount() {}

  StaffAccount(String username, String passwordHash, Set<String> roles, Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = new HashSet<>(roles);
    this.enabled = true;
    this.createdAt = createdAt;
  }

  void disable() {
    enabled = false;
  }

  @Override
  public String auditedResourceId() {
    return username;
  }

  public String getUsername() {
    return username;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
