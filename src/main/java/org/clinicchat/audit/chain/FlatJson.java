package org.clinicchat.audit.chain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads one JSON object whose values are strings, integers or null, the shape of every
 * line of an audit export and of the checkpoint file. It exists so that the offline verifier needs
 * no JSON library; it rejects nested values, fractions and duplicate names.
 */
public final class FlatJson {

  private FlatJson() {}

  /** Returns the object as one line of JSON; values must be String, Long, Integer or null. */
  public static String write(Map<String, ?> fields) {
    StringBuilder out = new StringBuilder(512).append('{');
    boolean first = true;
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(out, field.getKey());
      out.append(':');
      Object value = field.getValue();
      switch (value) {
        case null -> out.append("null");
        case String text -> quote(out, text);
        case Long number -> out.append(number.longValue());
        case Integer number -> out.append(number.intValue());
        default ->
            throw new IllegalArgumentException(
                "Unsupported JSON value type " + value.getClass().getName());
      }
    }
    return out.append('}').toString();
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Reads one JSON object into names and values: String, Long or null.
   *
   * @throws IllegalArgumentException if the text is not such an object
   */
  public static Map<String, Object> read(String json) {
    return new Parser(json).object();
  }

  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    Map<String, Object> object() {
      Map<String, Object> fields = new LinkedHashMap<>();
      expect('{');
      if (peek() == '}') {
        at++;
      } else {
        do {
          String name = string();
          expect(':');
          if (fields.containsKey(name)) {
            throw invalid("duplicate name \"" + name + "\"");
          }
          fields.put(name, value());
        } while (consumeComma());
        expect('}');
      }
      skipSpace();
      if (at != text.length()) {
        throw invalid("text after the object");
      }
      return fields;
    }

    private Object value() {
      char c = peek();
      if (c == '"') {
        return string();
      }
      if (text.startsWith("null", at)) {
        at += 4;
        return null;
      }
      if (c == '-' || (c >= '0' && c <= '9')) {
        return number();
      }
      throw invalid("expected a string, an integer or null");
    }

    private Long number() {
      int start = at;
      if (text.charAt(at) == '-') {
        at++;
      }
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      try {
        return Long.valueOf(text.substring(start, at));
      } catch (NumberFormatException e) {
        throw invalid("expected an integer");
      }
    }

    private String string() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (true) {
        if (at >= text.length()) {
          throw invalid("unterminated string");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          return value.toString();
        }
        if (c < 0x20) {
          throw invalid("control character in a string");
        }
        value.append(c == '\\' ? escaped() : c);
      }
    }

    private char escaped() {
      if (at >= text.length()) {
        throw invalid("unterminated escape");
      }
      char c = text.charAt(at++);
      return switch (c) {
        case '"', '\\', '/' -> c;
        case 'b' -> '\b';
        case 'f' -> '\f';
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 'u' -> unicodeEscape();
        default -> throw invalid("unknown escape \\" + c);
      };
    }

    private char unicodeEscape() {
      if (at + 4 > text.length()) {
        throw invalid("short \\u escape");
      }
      try {
        char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
        at += 4;
        return c;
      } catch (NumberFormatException e) {
        throw invalid("invalid \\u escape");
      }
    }

    private boolean consumeComma() {
      if (peek() == ',') {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (peek() != c) {
        throw invalid("expected '" + c + "'");
      }
      at++;
    }

    private char peek() {
      skipSpace();
      if (at >= text.length()) {
        throw invalid("unexpected end");
      }
      return text.charAt(at);
    }

    private void skipSpace() {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    private IllegalArgumentException invalid(String problem) {
      return new IllegalArgumentException("Invalid JSON at character " + (at + 1) + ": " + problem);
    }
  }
}
