package org.clinicchat.crypto;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;

/**
 * The data key of one owner, a conversation or a patient identity: an AES-256 key that encrypts
 * that owner's values, stored only wrapped by a key-encryption key (KEK) from the {@link KeyRing}.
 * The owner's id is in the column {@code conversation_id}, named from before patient identities had
 * data keys; conversation and patient ids are both random UUIDs, so they never collide.
 *
 * <p>The wrapped key is a {@code v2} stored value under the KEK, bound to this row's id. Erasing
 * the data key deletes the wrapped key (crypto-shredding), and the row stays so that no new key is
 * made for the conversation. A database backup keeps its copy of the wrapped key, which stays
 * readable until the KEK that wrapped it is deleted from the keystore after a rotation. Re-wrapping
 * under another KEK changes only this row, never the messages.
 */
@Entity
@Cacheable(false)
@Table(
    name = "data_key",
    uniqueConstraints =
        @UniqueConstraint(name = "data_key_conversation", columnNames = "conversation_id"),
    indexes = @Index(name = "data_key_kek", columnList = "kek_id"))
public class DataKey {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "conversation_id", nullable = false, length = 36)
  private String conversationId;

  @Column(name = "kek_id", length = 100)
  private String kekId;

  // "v2:" + KEK id + ":" + Base64 of a 12-byte nonce, a 32-byte key and a 16-byte tag.
  @Column(name = "wrapped_key", length = 200)
  private String wrappedKey;

  @Column(name = "encryption_count", nullable = false)
  private long encryptionCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "wrapped_at", nullable = false)
  private Instant wrappedAt;

  @Column(name = "erased_at")
  private Instant erasedAt;

  protected DataKey() {}

  DataKey(String conversationId, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.conversationId = conversationId;
    this.createdAt = createdAt;
    this.wrappedAt = createdAt;
  }

  /** Returns where the wrapped key is stored, which its ciphertext is bound to. */
  FieldLocation wrappedKeyLocation() {
    return new FieldLocation("DataKey", "wrappedKey", id);
  }

  void wrap(String kekId, String wrappedKey, Instant at) {
    this.kekId = kekId;
    this.wrappedKey = wrappedKey;
    this.wrappedAt = at;
  }

  void erase(Instant at) {
    wrappedKey = null;
    erasedAt = at;
  }

  void countEncryptions(long added) {
    encryptionCount += added;
  }

  /** Starts the count again for new key material. */
  void resetEncryptions() {
    encryptionCount = 0;
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  public String getId() {
    return id;
  }

  public String getConversationId() {
    return conversationId;
  }

  public String getKekId() {
    return kekId;
  }

  String getWrappedKey() {
    return wrappedKey;
  }

  public long getEncryptionCount() {
    return encryptionCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getWrappedAt() {
    return wrappedAt;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }
}
