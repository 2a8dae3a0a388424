package org.clinicchat.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the retention page: the rules in force, the legal holds with their release, a form to place
 * a hold, the latest erasure receipts, and running retention now. The services it calls allow the
 * privacy officer only.
 */
@Named
@RequestScoped
public class RetentionPage {

  static final int RECEIPTS_SHOWN = 50;

  @Inject LegalHolds holds;

  @Inject RetentionRules rules;

  private String conversationId = "";
  private String reason = "";

  /** Places a hold from the form, or shows what to correct and keeps the form. */
  public String place() {
    try {
      holds.place(conversationId, reason);
      inform("Placed a legal hold on conversation " + conversationId.strip() + ".");
      conversationId = "";
      reason = "";
    } catch (InvalidHoldException e) {
      reject(e);
    }
    return null;
  }

  /** Releases a hold. */
  public String release(String holdId) {
    try {
      holds.release(holdId);
      inform("Released the hold. Retention may erase the conversation once it has expired.");
    } catch (InvalidHoldException e) {
      reject(e);
    }
    return null;
  }

  /** Runs retention now. */
  public String runNow() {
    int erased = holds.runNow();
    inform("Retention erased " + erased + " expired transcript(s).");
    return null;
  }

  public List<LegalHold> getHolds() {
    return holds.inForce();
  }

  public List<ErasureReceipt> getReceipts() {
    return holds.latestReceipts(RECEIPTS_SHOWN);
  }

  public String getTranscriptRule() {
    return rules.transcripts().toString();
  }

  public String getRevokedConsentRule() {
    return rules.revokedConsentTranscripts().toString();
  }

  public String getAppointmentRule() {
    return rules.appointments().toString();
  }

  public String getConversationId() {
    return conversationId;
  }

  public void setConversationId(String conversationId) {
    this.conversationId = conversationId == null ? "" : conversationId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }

  private static void inform(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text));
  }

  private static void reject(InvalidHoldException e) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
  }
}
