package org.clinicchat.selfassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A test that restored ClinicChat's database and keys from a backup, as the contingency plan of the
 * HIPAA Security Rule requires: the day of the test, who recorded it, and its result. Only
 * inserted.
 */
@Entity
@Table(name = "restore_test")
public class RestoreTest {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "tested_on", nullable = false)
  private LocalDate testedOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  /** What was restored from which backup, and what was checked. No patient details. */
  @Column(nullable = false, length = RestoreTests.MAX_NOTE_LENGTH)
  private String note;

  protected RestoreTest() {}

  RestoreTest(LocalDate testedOn, Instant recordedAt, String recordedBy, String note) {
    this.id = UUID.randomUUID().toString();
    this.testedOn = testedOn;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.note = note;
  }

  public String getId() {
    return id;
  }

  public LocalDate getTestedOn() {
    return testedOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getNote() {
    return note;
  }
}
