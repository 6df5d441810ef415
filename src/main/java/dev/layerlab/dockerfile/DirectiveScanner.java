package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads parser directives. They count only at the very top: the first line that is not a known
 * directive (a blank line, an instruction, an ordinary comment, an unknown key) ends the scan for good.
 */
final class DirectiveScanner {
  private static final Pattern DIRECTIVE =
      Pattern.compile("^#[ \\t\\n\\f\\r]*([a-zA-Z][a-zA-Z0-9]*)[ \\t\\n\\f\\r]*=[ \\t\\n\\f\\r]*(.+?)[ \\t\\n\\f\\r]*$");
  private static final Set<String> KNOWN = Set.of("syntax", "escape", "check");

  private final List<Directive> parsed = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private boolean done;
  private char escape = '\\';

  char escape() {
    return escape;
  }

  List<Directive> parsed() {
    return List.copyOf(parsed);
  }

  /** Looks at one physical line (newline and leading blanks removed); throws on a bad directive. */
  void scan(String line, int lineNumber) {
    if (done) {
      return;
    }
    Matcher m = DIRECTIVE.matcher(line);
    String key = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    if (!KNOWN.contains(key)) {
      done = true;
      return;
    }
    if (!seen.add(key)) {
      throw error("only one " + key + " parser directive can be used", lineNumber);
    }
    String value = m.group(2);
    if (key.equals("escape")) {
      setEscape(value, lineNumber);
    }
    parsed.add(new Directive(key, value, lineNumber));
  }

  private void setEscape(String value, int lineNumber) {
    if (!value.equals("`") && !value.equals("\\")) {
      throw error("invalid escape token '" + value + "' does not match ` or \\", lineNumber);
    }
    escape = value.charAt(0);
  }

  private static DockerfileException error(String message, int line) {
    return new DockerfileException(new Diagnostic(message, SourceRange.line(line)));
  }
}
