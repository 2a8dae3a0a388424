package org.clinicchat.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clinicchat.audit.AuditedResult;

/**
 * One published version of the clinic's privacy and security policy. Versions are numbered from 1
 * and never changed: an edit is a new version, which every staff member must acknowledge again. The
 * policy is the clinic's own text, not PHI, so it is stored in plaintext.
 */
@Entity
@Table(name = "privacy_policy_version")
public class PolicyVersion implements AuditedResult {

  @Id
  @Column(name = "version_no")
  private int number;

  @Column(name = "policy_text", nullable = false, columnDefinition = "TEXT")
  private String text;

  @Column(name = "published_by", nullable = false, length = 100)
  private String publishedBy;

  @Column(name = "published_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant publishedAt;

  protected PolicyVersion() {}

  PolicyVersion(int number, String text, String publishedBy, Instant publishedAt) {
    this.number = number;
    this.text = text;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
  }

  @Override
  public String auditedResourceId() {
    return Integer.toString(number);
  }

  public int getNumber() {
    return number;
  }

  public String getText() {
    return text;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
