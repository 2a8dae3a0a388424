package org.clinicchat.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A member of the incident response team: the role, and how to reach the person at any hour. These
 * are workforce contacts, not patient data, so they are stored as entered.
 */
@Entity
@Table(name = "breach_response_contact")
public class ResponseContact {

  @Id
  @Column(length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ResponseRole role;

  @Column(nullable = false, length = ResponseTeam.MAX_FIELD_LENGTH)
  private String name;

  @Column(nullable = false, length = ResponseTeam.MAX_FIELD_LENGTH)
  private String phone;

  @Column(nullable = false, length = ResponseTeam.MAX_FIELD_LENGTH)
  private String email;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected ResponseContact() {}

  ResponseContact(
      ResponseRole role, String name, String phone, String email, String addedBy, Instant addedAt) {
    this.id = UUID.randomUUID().toString();
    this.role = role;
    this.name = name;
    this.phone = phone;
    this.email = email;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public String getId() {
    return id;
  }

  public ResponseRole getRole() {
    return role;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
