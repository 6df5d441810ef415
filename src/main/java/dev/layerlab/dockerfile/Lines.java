package dev.layerlab.dockerfile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Physical lines of a Dockerfile, each with its line ending kept, and BuildKit's per-line trims. */
final class Lines {
  static final int MAX_LINE_BYTES = 65535;

  private Lines() {}

  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
      lines.set(0, lines.get(0).substring(1));
    }
    return lines;
  }

  static void checkLength(String raw, int lineNumber) {
    String body = trimNewline(raw);
    if (body.length() > MAX_LINE_BYTES / 3 && body.getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
      throw new DockerfileException(new Diagnostic(
          "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES, SourceRange.line(lineNumber)));
    }
  }

  static String trimNewline(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  static String trimLeadingSpace(String s) {
    int i = 0;
    while (i < s.length() && GoQuote.isSpace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  static String trimSpace(String s) {
    int end = s.length();
    while (end > 0 && GoQuote.isSpace(s.charAt(end - 1))) {
      end--;
    }
    return trimLeadingSpace(s.substring(0, end));
  }

  static boolean isComment(String raw) {
    return trimLeadingSpace(trimNewline(raw)).startsWith("#");
  }

  /** A continuation line that holds nothing but blanks. */
  static boolean isEmpty(String processed) {
    return trimLeadingSpace(processed).isEmpty();
  }

  /**
   * Removes a line-continuation escape: the escape character as the last non-blank character, and not
   * itself escaped ({@code foo\\} at the end of a line does not continue).
   */
  static Continuation trimContinuation(String line, char escape) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    int escapes = 0;
    while (end - escapes > 0 && line.charAt(end - escapes - 1) == escape) {
      escapes++;
    }
    if (escapes % 2 == 1) {
      return new Continuation(line.substring(0, end - 1), false);
    }
    return new Continuation(line, true);
  }

  record Continuation(String text, boolean endOfLine) {}
}
