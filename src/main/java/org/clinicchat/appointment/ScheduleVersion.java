package org.clinicchat.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of the clinic's schedule document (JSON of a {@link ClinicSchedule}), numbered from
 * 1. The newest version is the one slots come from. It contains no PHI.
 */
@Entity
@Table(name = "appointment_schedule")
public class ScheduleVersion {

  @Id
  @Column(name = "version_no")
  private int number;

  // TEXT: a clinic's week of several providers is a few kilobytes of JSON.
  @Column(name = "document_json", nullable = false, columnDefinition = "TEXT")
  private String documentJson;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ScheduleVersion() {}

  ScheduleVersion(int number, String documentJson, Instant createdAt) {
    this.number = number;
    this.documentJson = documentJson;
    this.createdAt = createdAt;
  }

  public int getNumber() {
    return number;
  }

  public String getDocumentJson() {
    return documentJson;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
