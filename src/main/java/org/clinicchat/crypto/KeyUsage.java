package org.clinicchat.crypto;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The number of AES-GCM encryptions made so far under one key-encryption key, kept so that {@link
 * EncryptionLimit} holds across restarts. Data keys keep their own count in {@link DataKey}.
 */
@Entity
@Cacheable(false)
@Table(name = "key_usage")
public class KeyUsage {

  @Id
  @Column(name = "key_id", length = 100)
  private String keyId;

  @Column(name = "encryption_count", nullable = false)
  private long encryptionCount;

  protected KeyUsage() {}

  KeyUsage(String keyId) {
    this.keyId = keyId;
  }

  void countEncryptions(long added) {
    encryptionCount += added;
  }

  public String getKeyId() {
    return keyId;
  }

  public long getEncryptionCount() {
    return encryptionCount;
  }
}
