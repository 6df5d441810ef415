package dev.layerlab.shell;

/**
 * A here document. The lexer reads the body after the end of the line that names it, so the body is
 * filled in after the redirect is built.
 */
public final class HereDoc {
  private final String delimiter;
  private final boolean expand;
  private final boolean stripTabs;
  private String body = "";

  HereDoc(String delimiter, boolean expand, boolean stripTabs) {
    this.delimiter = delimiter;
    this.expand = expand;
    this.stripTabs = stripTabs;
  }

  public String delimiter() {
    return delimiter;
  }

  /** False when any part of the delimiter was quoted ({@code <<'EOF'}). */
  public boolean expand() {
    return expand;
  }

  /** {@code <<-}: leading tabs were stripped from the body and the terminator. */
  public boolean stripTabs() {
    return stripTabs;
  }

  public String body() {
    return body;
  }

  void body(String text) {
    this.body = text;
  }
}
