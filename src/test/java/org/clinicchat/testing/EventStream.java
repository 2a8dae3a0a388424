package org.clinicchat.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Server-Sent Events response read line by line on a thread of its own, as a browser's
 * EventSource would: events end at a blank line, {@code id:} and {@code data:} fields are kept, and
 * comments and {@code retry:} are skipped. Closing it drops the connection.
 */
public final class EventStream implements AutoCloseable {

  private final HttpResponse<Stream<String>> response;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final List<Event> returned = new ArrayList<>();
  private final Thread reader;

  EventStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader = Thread.ofVirtual().unstarted(this::read);
    if (response.statusCode() == 200) {
      reader.start();
    }
  }

  /** One event: its id and its data, the data lines joined with newlines. */
  public record Event(String id, String data) {}

  /** Returns the response, whose body this stream reads. */
  public HttpResponse<?> response() {
    return response;
  }

  public int status() {
    return response.statusCode();
  }

  public String contentType() {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** Returns the body of a response that is not a stream, such as problem details. */
  public String body() {
    try (Stream<String> lines = response.body()) {
      return lines.collect(Collectors.joining("\n"));
    }
  }

  /**
   * Waits until {@code count} more events arrived and returns them. Returns fewer when {@code
   * timeout} passes first.
   */
  public List<Event> next(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Event> received = new ArrayList<>();
    while (received.size() < count) {
      Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null) {
        break;
      }
      received.add(event);
    }
    returned.addAll(received);
    return received;
  }

  /** Returns every event received so far, including those {@link #next} returned. */
  public List<Event> all() {
    List<Event> waiting = new ArrayList<>();
    events.drainTo(waiting);
    returned.addAll(waiting);
    return List.copyOf(returned);
  }

  @Override
  public void close() {
    response.body().close();
    reader.interrupt();
  }

  private void read() {
    String id = null;
    StringBuilder data = null;
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (data != null) {
            events.add(new Event(id, data.toString()));
          }
          data = null;
        } else if (line.startsWith("id:")) {
          id = field(line, "id:");
        } else if (line.startsWith("data:")) {
          data = data == null ? new StringBuilder() : data.append('\n');
          data.append(field(line, "data:"));
        }
      }
    } catch (RuntimeException e) {
      // The connection was closed: by close(), or by the server at the end of the stream.
    }
  }

  private static String field(String line, String name) {
    String value = line.substring(name.length());
    return value.startsWith(" ") ? value.substring(1) : value;
  }
}
