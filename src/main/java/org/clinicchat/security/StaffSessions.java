package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The signed-in HTTP sessions of each staff member on this server, so that a logout, a disabled
 * account or an MFA reset ends all of them at once.
 *
 * <p>TODO: the registry is per server. With several servers behind a load balancer, sessions on the
 * other servers survive until their idle timeout; a cluster needs a shared "sessions valid after"
 * time per user (a database row or a Hazelcast map) that {@link StaffSignIn} checks on each
 * request.
 */
@ApplicationScoped
public class StaffSessions {

  private static final Logger LOG = Logger.getLogger(StaffSessions.class.getName());

  private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

  void register(String username, HttpSession session) {
    byUser.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(session);
  }

  void forget(String username, HttpSession session) {
    Set<HttpSession> sessions = byUser.get(username);
    if (sessions != null) {
      sessions.remove(session);
    }
  }

  /** Ends every signed-in session of a staff member and returns how many there were. */
  public int endAll(String username) {
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
