package org.clinicchat.rightofaccess;

/** The form of a patient's copy of their records: readable text, or JSON for a program. */
public enum CopyFormat {
  /** Plain UTF-8 text a person reads. */
  TEXT("Readable text", "txt", "text/plain"),
  /** JSON a program reads. */
  JSON("Machine-readable JSON", "json", "application/json");

  private final String label;
  private final String extension;
  private final String contentType;

  CopyFormat(String label, String extension, String contentType) {
    this.label = label;
    this.extension = extension;
    this.contentType = contentType;
  }

  /** Returns the name the page shows. */
  public String label() {
    return label;
  }

  String extension() {
    return extension;
  }

  String contentType() {
    return contentType;
  }
}
