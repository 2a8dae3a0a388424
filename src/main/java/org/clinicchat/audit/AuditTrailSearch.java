package org.clinicchat.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs the audit-trail page: searches by staff user or pseudonym, action, resource id and UTC time
 * range, a page at a time, newest first. The search is in the URL's query string, so a result can
 * be bookmarked and the export links repeat it.
 */
@Named
@RequestScoped
public class AuditTrailSearch {

  @Inject AuditTrailReader reader;

  @Inject FacesContext faces;

  private String actor;
  private String action;
  private String resource;
  private String from;
  private String to;
  private int page;
  private AuditPage result = new AuditPage(List.of(), 0, false);

  /** Runs the search that the view parameters describe. */
  public void load() {
    try {
      AuditQuery query =
          new AuditQuery(
              actor,
              AuditQueryParameters.action(action),
              resource,
              AuditQueryParameters.time(from, "From"),
              AuditQueryParameters.time(to, "To"));
      result = reader.search(query, page);
    } catch (InvalidAuditQueryException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  /** Returns the search as a URL query string, for the export and paging links. */
  public String getQueryString() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("actor", actor);
    parameters.put("action", action);
    parameters.put("resource", resource);
    parameters.put("from", from);
    parameters.put("to", to);
    return parameters.entrySet().stream()
        .filter(parameter -> parameter.getValue() != null && !parameter.getValue().isBlank())
        .map(parameter -> parameter.getKey() + "=" + encode(parameter.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public List<AuditEvent> getEvents() {
    return result.events();
  }

  public AuditPage getResult() {
    return result;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }
}
