package org.clinicchat.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.clinicchat.audit.chain.AuditKeyException;
import org.clinicchat.audit.chain.AuditKeys;
import org.clinicchat.audit.chain.AuditSeal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit keys, from their own PKCS12 keystore named by MicroProfile Config and never from the
 * field-encryption keystore: the HMAC-SHA256 key that seals events, and the key pair that signs
 * checkpoints. Loaded at start, so a missing key stops the deployment instead of the first audited
 * call.
 */
@ApplicationScoped
public class AuditKeyring {

  static final String PROPERTY_KEYSTORE = "clinicchat.audit.keystore";

  @Inject
  @ConfigProperty(name = PROPERTY_KEYSTORE)
  String keystorePath;

  @Inject
  @ConfigProperty(name = "clinicchat.audit.keystore-password")
  String keystorePassword;

  @Inject
  @ConfigProperty(name = "clinicchat.audit.mac-key-alias")
  String macKeyAlias;

  @Inject
  @ConfigProperty(name = "clinicchat.audit.checkpoint-key-alias")
  String checkpointKeyAlias;

  private AuditKeys keys;

  @PostConstruct
  void load() {
    keys =
        AuditKeys.read(
            Path.of(keystorePath), keystorePassword.toCharArray(), macKeyAlias, checkpointKeyAlias);
    if (keys.checkpointKey() == null) {
      throw new AuditKeyException(
          "The audit keystore named by "
              + PROPERTY_KEYSTORE
              + " has no private key with alias '"
              + checkpointKeyAlias
              + "' to sign checkpoints");
    }
  }

  /** Returns a new seal with the audit key; a seal is not thread-safe, so take one per use. */
  public AuditSeal newSeal() {
    return new AuditSeal(keys.macKey());
  }

  /** Returns the checkpoint key pair and the HMAC key. */
  public AuditKeys keys() {
    return keys;
  }
}
