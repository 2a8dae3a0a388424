package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * New conversations whose first messages arrive at the same moment. Each first message creates its
 * conversation's data key. On MariaDB at REPEATABLE READ, the locking reads of those missing keys
 * took gap locks and deadlocked.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentConversationsIT {

  private static final int PATIENTS = 8;

  private final PatientClient patient = new PatientClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @Test
  void simultaneousFirstMessagesStored() throws Exception {
    List<Integer> statuses = sendFirstMessagesAtOnce();

    assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201), statuses);
  }

  private List<Integer> sendFirstMessagesAtOnce() throws Exception {
    List<Visitor> visitors = new ArrayList<>();
    List<String> conversations = new ArrayList<>();
    for (int i = 0; i < PATIENTS; i++) {
      Visitor visitor = patient.consent();
      visitors.add(visitor);
      conversations.add(patient.startConversation(visitor.token()));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService senders = Executors.newFixedThreadPool(PATIENTS);
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (int i = 0; i < PATIENTS; i++) {
        String token = visitors.get(i).token();
        String conversation = conversations.get(i);
        replies.add(
            senders.submit(
                () -> {
                  start.await();
                  return new PatientClient()
                      .send(token, conversation, "What are your hours?")
                      .status();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> reply : replies) {
        statuses.add(reply.get());
      }
      return statuses;
    } finally {
      senders.shutdownNow();
    }
  }
}
