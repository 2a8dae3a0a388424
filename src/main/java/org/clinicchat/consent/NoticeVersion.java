package org.clinicchat.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A published version of the consent notice. Versions are never changed: every consent records the
 * version it agreed to, and the notice of a consent decision must stay readable for six years.
 */
@Entity
@Table(name = "consent_notice_version")
public class NoticeVersion {

  @Id
  @Column(length = NoticeDocument.MAX_VERSION_LENGTH)
  private String version;

  @Lob
  @Column(name = "document_json", nullable = false)
  private String documentJson;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false, length = 100)
  private String publishedBy;

  @Column(length = 200)
  private String note;

  protected NoticeVersion() {}

  NoticeVersion(
      String version, String documentJson, Instant publishedAt, String publishedBy, String note) {
    this.version = version;
    this.documentJson = documentJson;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
    this.note = note;
  }

  public String getVersion() {
    return version;
  }

  String getDocumentJson() {
    return documentJson;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public String getNote() {
    return note;
  }
}
