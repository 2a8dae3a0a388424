package org.clinicchat.assistant;

import java.time.Instant;

/**
 * The state of the latest MedQuAD import on this server.
 *
 * @param status {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param filesRead XML files read so far
 * @param totalFiles XML files found in the MedQuAD folder, 0 until they are counted
 * @param answers question-answer pairs indexed so far
 * @param startedBy the administrator who started it
 * @param started when it started
 * @param ended when it ended, or {@code null} while it runs
 * @param failure why it failed, or {@code null}
 */
public record EducationImportProgress(
    Status status,
    int filesRead,
    int totalFiles,
    int answers,
    String startedBy,
    Instant started,
    Instant ended,
    String failure) {

  /** The state an import is in. */
  public enum Status {
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  /** Returns the share of files read, from 0 to 100. */
  public int percent() {
    return totalFiles == 0 ? 0 : filesRead * 100 / totalFiles;
  }

  EducationImportProgress advanced(int filesRead, int totalFiles, int answers) {
    return new EducationImportProgress(
        status, filesRead, totalFiles, answers, startedBy, started, ended, failure);
  }

  EducationImportProgress ended(Status status, Instant ended, String failure) {
    return new EducationImportProgress(
        status, filesRead, totalFiles, answers, startedBy, started, ended, failure);
  }
}
