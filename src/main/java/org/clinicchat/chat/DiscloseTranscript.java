package org.clinicchat.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.clinicchat.disclosure.DisclosurePurpose;
import org.clinicchat.disclosure.InvalidDisclosureException;
import org.clinicchat.disclosure.TranscriptDisclosure;
import org.clinicchat.disclosure.TranscriptExport;

/**
 * Backs the transcript page's form "Disclose to a third party". The disclosure service exports the
 * transcript and records the disclosure, and the response is the export as a text download. A
 * rejected form shows the transcript again with the reason and keeps what was typed.
 */
@Named
@RequestScoped
public class DiscloseTranscript {

  @Inject TranscriptDisclosure disclosure;

  @Inject TranscriptView transcriptView;

  @Inject FacesContext faces;

  private String recipient;
  private String description;
  private DisclosurePurpose purpose;

  /**
   * Discloses the conversation that the form names, whose id the form posts to the transcript view,
   * and sends the export as a download.
   */
  public String disclose() {
    try {
      TranscriptExport export =
          disclosure.disclose(
              ConversationIds.require(transcriptView.getId()), recipient, description, purpose);
      download(export);
    } catch (InvalidDisclosureException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      showTranscript();
    } catch (ConversationNotFoundException e) {
      // The transcript view reports the missing conversation.
      showTranscript();
    }
    return null;
  }

  private void showTranscript() {
    transcriptView.load();
  }

  private void download(TranscriptExport export) {
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/plain");
    external.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try {
      external.getResponseOutputWriter().write(export.text());
    } catch (IOException e) {
      // TODO: A failed download leaves a committed ledger entry for a file the caller never
      // received. The entry id in this message is the only link between the two.
      throw new UncheckedIOException(
          "Sending the transcript export of disclosure " + export.disclosureId() + " failed", e);
    }
    faces.responseComplete();
  }

  public DisclosurePurpose[] getPurposes() {
    return DisclosurePurpose.values();
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public DisclosurePurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(DisclosurePurpose purpose) {
    this.purpose = purpose;
  }
}
