package org.clinicchat.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One published version of the clinic's FAQ, kept whole as JSON so that any earlier version can be
 * read again or restored. The FAQ is the clinic's public content, never PHI, so it is stored in
 * plaintext.
 */
@Entity
@Table(
    name = "faq_version",
    uniqueConstraints = @UniqueConstraint(name = "faq_version_number", columnNames = "version_no"))
public class FaqVersion {

  @Id
  @Column(name = "version_no")
  private int number;

  // TEXT (up to 65,535 bytes in MariaDB, a CLOB in H2) stores a FAQ of a few dozen entries.
  @Column(name = "document_json", nullable = false, columnDefinition = "TEXT")
  private String documentJson;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(nullable = false, length = 200)
  private String note;

  protected FaqVersion() {}

  FaqVersion(int number, String documentJson, String author, Instant publishedAt, String note) {
    this.number = number;
    this.documentJson = documentJson;
    this.author = author;
    this.publishedAt = publishedAt;
    this.note = note;
  }

  public int getNumber() {
    return number;
  }

  String getDocumentJson() {
    return documentJson;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getNote() {
    return note;
  }
}
