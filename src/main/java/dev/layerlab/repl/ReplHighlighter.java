package dev.layerlab.repl;

import dev.layerlab.render.DockerfileView;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Highlights the line being typed: the command bold, and the Dockerfile text of edit/insert as show does. */
final class ReplHighlighter implements Highlighter {
  private static final Pattern LINE_TEXT = Pattern.compile("^(\\s*(?:edit|insert)\\s+\\d+\\s+)(.*)$", Pattern.DOTALL);

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    var m = LINE_TEXT.matcher(buffer);
    AttributedStringBuilder sb = new AttributedStringBuilder();
    if (m.matches()) {
      return sb.append(command(m.group(1))).append(DockerfileView.line(m.group(2))).toAttributedString();
    }
    return command(buffer);
  }

  private static AttributedString command(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return new AttributedStringBuilder().append(text.substring(0, start))
        .styled(AttributedStyle.BOLD, text.substring(start, end)).append(text.substring(end)).toAttributedString();
  }

  @Override
  public void setErrorPattern(Pattern errorPattern) {
    // No error marking: a wrong line is explained when it runs.
  }

  @Override
  public void setErrorIndex(int errorIndex) {
    // As above.
  }
}
