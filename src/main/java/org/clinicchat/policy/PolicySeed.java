package org.clinicchat.policy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.clinicchat.audit.AuditTrail;

/**
 * Publishes the policy text shipped in the WAR as version 1 on the first start, while the table has
 * no version. After that the privacy officer edits the policy on its page and the shipped text is
 * no longer read.
 */
@Singleton
@Startup
public class PolicySeed {

  /** The classpath resource of the shipped policy text. */
  static final String SHIPPED_TEXT = "/META-INF/privacy-policy.txt";

  private static final Logger LOG = Logger.getLogger(PolicySeed.class.getName());

  @PersistenceContext EntityManager entityManager;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void seed() {
    long versions =
        entityManager
            .createQuery("SELECT COUNT(v) FROM PolicyVersion v", Long.class)
            .getSingleResult();
    if (versions > 0) {
      return;
    }
    // NOTE: two servers of a cluster that start on an empty table at once both insert version 1;
    // the primary key rejects the second, whose deployment then fails and succeeds on a restart.
    entityManager.persist(
        new PolicyVersion(1, shippedText(), AuditTrail.SYSTEM_ACTOR, Instant.now(clock)));
    LOG.info("Published the shipped privacy policy as version 1");
  }

  private static String shippedText() {
    try (InputStream in = PolicySeed.class.getResourceAsStream(SHIPPED_TEXT)) {
      if (in == null) {
        throw new IllegalStateException("The WAR lacks the policy text " + SHIPPED_TEXT);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the policy text " + SHIPPED_TEXT, e);
    }
  }
}
