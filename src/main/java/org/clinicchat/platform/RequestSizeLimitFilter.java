package org.clinicchat.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * Rejects API request bodies over {@value #MAX_BODY_BYTES} bytes with 413, before they are read
 * into memory. The largest valid body, a 4,000-character message, is at most about 24 KB of JSON. A
 * body without a declared length is counted as it is read and cut off at the limit.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Largest API request body accepted, in bytes. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType(Problem.MEDIA_TYPE.toString());
      response.getWriter().write(tooLarge());
      return;
    }
    chain.doFilter(new LimitedRequest(request), response);
  }

  static String tooLarge() {
    return Problem.body(Response.Status.REQUEST_ENTITY_TOO_LARGE, tooLargeDetail())
        .build()
        .toString();
  }

  static String tooLargeDetail() {
    return "The request body is over " + MAX_BODY_BYTES + " bytes.";
  }

  /** A request whose body stream fails once more than the limit has been read. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        limited = new LimitedInputStream(super.getInputStream());
      }
      return limited;
    }
  }

  private static final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private long count;

    LimitedInputStream(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int value = in.read();
      if (value >= 0) {
        count(1);
      }
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = in.read(buffer, offset, length);
      if (read > 0) {
        count(read);
      }
      return read;
    }

    private void count(int bytes) throws IOException {
      count += bytes;
      if (count > MAX_BODY_BYTES) {
        throw new RequestTooLargeException();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
