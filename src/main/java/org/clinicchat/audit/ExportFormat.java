package org.clinicchat.audit;

/** The file formats of an audit export. */
public enum ExportFormat {
  CSV("text/csv", "csv"),
  /** One JSON object per line, the input of the offline chain verifier. */
  JSON_LINES("application/jsonl", "jsonl");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** Returns the format with this file extension, or null. */
  public static ExportFormat byExtension(String extension) {
    for (ExportFormat format : values()) {
      if (format.extension.equals(extension)) {
        return format;
      }
    }
    return null;
  }
}
