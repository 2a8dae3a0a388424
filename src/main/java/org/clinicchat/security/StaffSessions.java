package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The signed-in HTTP sessions of each staff member on this server, so that a logout, a disabled
 * account or an MFA reset ends all of them at once. The same step records a cutoff in {@link
 * SessionCutoffs}, which ends the member's sessions on the other servers of a cluster too.
 */
@ApplicationScoped
public class StaffSessions {

  private static final Logger LOG = Logger.getLogger(StaffSessions.class.getName());

  private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

  @Inject SessionCutoffs cutoffs;

  private final Clock clock = Clock.systemUTC();

  void register(String username, HttpSession session) {
    byUser.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(session);
  }

  void forget(String username, HttpSession session) {
    Set<HttpSession> sessions = byUser.get(username);
    if (sessions != null) {
      sessions.remove(session);
    }
  }

  /**
   * Ends every signed-in session of a staff member, on this server at once and on the others
   * through the cutoff, and returns how many sessions there were on this server.
   */
  public int endAll(String username) {
    cutoffs.endSessionsBefore(username, Instant.now(clock));
    Set<HttpSession> sessions = byUser.remove(username);
    if (sessions == null) {
      return 0;
    }
    int ended = 0;
    for (HttpSession session : sessions) {
      try {
        session.invalidate();
        ended++;
      } catch (IllegalStateException alreadyEnded) {
        LOG.fine("A registered staff session had already ended");
      }
    }
    return ended;
  }
}
