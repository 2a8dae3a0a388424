package org.clinicchat.disclosure;

/**
 * A transcript exported for a disclosure: plain UTF-8 text for a download, and the id of the ledger
 * entry that records the disclosure.
 *
 * @param fileName the download's file name, built from ids and the date only
 */
public record TranscriptExport(String fileName, String text, String disclosureId) {}
