package org.clinicchat.widget;

import java.util.List;

/**
 * Hostile message texts that a patient could send: script tags, event-handler attributes, {@code
 * javascript:} addresses, HTML entities and template syntax. The API must store and return each one
 * unchanged, and the widget must show each one as text.
 */
public final class XssPayloads {

  /** The payloads; none contains a newline, because Enter sends a message in the widget. */
  public static final List<String> ALL =
      List.of(
          "<script>alert('xss')</script>",
          "<img src=x onerror=alert(1)>",
          "<svg onload=alert(1)><circle r=5></circle></svg>",
          "<a href=\"javascript:alert(1)\">Open my results</a>",
          "javascript:alert(document.cookie)",
          "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;",
          "\"><iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
          "{{constructor.constructor('alert(1)')()}} ${alert(1)} <%= 7*7 %>",
          "<style>@import 'https://evil.example/x.css';</style><b>bold</b>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "https://evil.example/login?next=clinic");

  private XssPayloads() {}
}
