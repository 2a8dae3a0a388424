package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cutoffs shared through the database, so that a logout, a disabled account or an MFA reset
 * on one server also ends the user's sessions on the other servers of a cluster. Each server reads
 * a user's cutoff again after {@code clinicchat.session.cluster-check-interval} (default {@code
 * PT20S}), so a session on another server ends within that interval.
 *
 * <p>Sessions are compared by the time they completed sign-in, so the servers' clocks must agree
 * (NTP): a server whose clock is behind may end a session that signed in just after the cutoff.
 */
@ApplicationScoped
public class SessionCutoffs {

  static final String CHECK_INTERVAL = "clinicchat.session.cluster-check-interval";

  @PersistenceContext EntityManager entityManager;

  private final Clock clock = Clock.systemUTC();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** Records that every session of the user signed in until now has ended, on every server. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void endSessionsBefore(String username, Instant cutoff) {
    SessionCutoff stored = entityManager.find(SessionCutoff.class, username);
    if (stored == null) {
      entityManager.persist(new SessionCutoff(username, cutoff));
    } else if (stored.getEndedBefore().isBefore(cutoff)) {
      stored.moveTo(cutoff);
    }
    cache.put(username, new Cached(cutoff.truncatedTo(ChronoUnit.MILLIS), Instant.now(clock)));
  }

  /** Returns whether a session that completed sign-in at the given time has been ended. */
  public boolean isEnded(String username, Instant authenticatedAt) {
    Instant cutoff = cutoff(username);
    return cutoff != null && !authenticatedAt.truncatedTo(ChronoUnit.MILLIS).isAfter(cutoff);
  }

  private Instant cutoff(String username) {
    Instant now = Instant.now(clock);
    Cached cached = cache.get(username);
    if (cached != null && cached.readAt().plus(checkInterval()).isAfter(now)) {
      return cached.cutoff();
    }
    SessionCutoff stored = entityManager.find(SessionCutoff.class, username);
    Instant cutoff = stored == null ? null : stored.getEndedBefore();
    cache.put(username, new Cached(cutoff, now));
    return cutoff;
  }

  private static Duration checkInterval() {
    return ConfigProvider.getConfig()
        .getOptionalValue(CHECK_INTERVAL, Duration.class)
        .orElse(Duration.ofSeconds(20));
  }

  private record Cached(Instant cutoff, Instant readAt) {}
}
