package org.clinicchat.chat;

import org.clinicchat.audit.AuditedResult;

/** The id of a conversation just started. */
public record StartedConversation(String id) implements AuditedResult {

  @Override
  public String auditedResourceId() {
    return id;
  }
}
