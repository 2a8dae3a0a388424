package org.clinicchat.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A periodic access review that a privacy officer completed: when, who reviewed, how many accounts
 * the list showed, what was found, and when the next review is due. Only inserted.
 */
@Entity
@Table(name = "access_review_record")
public class AccessReviewRecord {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  @Column(nullable = false, length = 100)
  private String reviewer;

  @Column(name = "accounts_reviewed", nullable = false)
  private int accountsReviewed;

  /** The findings and actions, such as accounts disabled. The page requests no patient details. */
  @Column(nullable = false, length = AccessReviews.MAX_FINDINGS_LENGTH)
  private String findings;

  @Column(name = "next_due_on", nullable = false)
  private LocalDate nextDueOn;

  protected AccessReviewRecord() {}

  AccessReviewRecord(
      Instant reviewedAt,
      String reviewer,
      int accountsReviewed,
      String findings,
      LocalDate nextDueOn) {
    this.id = UUID.randomUUID().toString();
    this.reviewedAt = reviewedAt;
    this.reviewer = reviewer;
    this.accountsReviewed = accountsReviewed;
    this.findings = findings;
    this.nextDueOn = nextDueOn;
  }

  public String getId() {
    return id;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewer() {
    return reviewer;
  }

  public int getAccountsReviewed() {
    return accountsReviewed;
  }

  public String getFindings() {
    return findings;
  }

  public LocalDate getNextDueOn() {
    return nextDueOn;
  }
}
