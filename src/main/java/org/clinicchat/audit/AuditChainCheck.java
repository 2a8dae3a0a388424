package org.clinicchat.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinicchat.audit.chain.ChainVerification;

/** Backs the chain verification section of the audit-trail page. */
@Named
@RequestScoped
public class AuditChainCheck {

  @Inject AuditTrailReader reader;

  private ChainVerification result;

  /** Verifies the chain and keeps the result for the page. */
  public String verify() {
    result = reader.verifyChain();
    return null;
  }

  public ChainVerification getResult() {
    return result;
  }
}
