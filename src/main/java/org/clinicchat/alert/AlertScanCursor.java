package org.clinicchat.alert;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that records the last audit event the monitoring rules evaluated. A scan locks it,
 * evaluates the events after it and advances it in the same transaction as the alerts it stores, so
 * a restart neither skips an event nor evaluates one twice.
 */
@Entity
@Cacheable(false)
@Table(name = "alert_scan_cursor")
public class AlertScanCursor {

  static final int ID = 1;

  @Id private int id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  protected AlertScanCursor() {}

  AlertScanCursor(long lastSequence) {
    this.id = ID;
    this.lastSequence = lastSequence;
  }

  long getLastSequence() {
    return lastSequence;
  }

  void advanceTo(long sequence) {
    lastSequence = sequence;
  }
}
