package org.clinicchat.chat;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Runs the sweep of the open message streams every 3 seconds. */
@Singleton
public class MessageStreamSweep {

  @Inject MessageStreams streams;

  @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
  void onSchedule() {
    streams.sweep();
  }
}
