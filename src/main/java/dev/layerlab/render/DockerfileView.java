package dev.layerlab.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A Dockerfile with line numbers and highlighting: instructions bold, flags and stage names coloured,
 * comments dim. Without colour the text is the same, so a pipe loses nothing but the colour.
 */
public final class DockerfileView {
  private static final Pattern INSTRUCTION = Pattern.compile("^(\\s*)([A-Za-z]+)(\\b.*)$");
  private static final Pattern FLAG = Pattern.compile("(?<=\\s)--[a-z-]+(=\\S*)?");
  private static final Pattern STAGE = Pattern.compile("(?i)(?<=\\sAS\\s{1,20})[^\\s]+(?=\\s*$)");
  private static final List<String> KNOWN = List.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV",
      "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");

  private DockerfileView() {}

  /** Every line, numbered ({@code   3 | RUN …}); {@code mark} (1-based, or 0) gets a {@code >} in the gutter. */
  public static AttributedString render(List<String> lines, int mark, int width) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    int digits = Math.max(2, String.valueOf(lines.size()).length());
    for (int i = 0; i < lines.size(); i++) {
      boolean marked = i + 1 == mark;
      sb.style(AttributedStyle.DEFAULT.faint()).append(marked ? ">" : " ")
          .append(Text.padLeft(String.valueOf(i + 1), digits)).append(" | ").style(AttributedStyle.DEFAULT);
      sb.append(line(Text.ellipsis(lines.get(i), Math.max(10, width - digits - 4)))).append('\n');
    }
    if (lines.isEmpty()) {
      sb.append("(the Dockerfile is empty: insert 1 FROM busybox)\n");
    }
    return sb.toAttributedString();
  }

  /** One Dockerfile line, highlighted. */
  public static AttributedString line(String text) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    if (text.stripLeading().startsWith("#")) {
      return sb.style(AttributedStyle.DEFAULT.faint()).append(text).toAttributedString();
    }
    Matcher m = INSTRUCTION.matcher(text);
    if (!m.matches() || !KNOWN.contains(m.group(2).toUpperCase())) {
      return new AttributedString(text);
    }
    sb.append(m.group(1)).style(AttributedStyle.BOLD.foreground(AttributedStyle.BLUE)).append(m.group(2))
        .style(AttributedStyle.DEFAULT);
    sb.append(m.group(3));
    sb.styleMatches(FLAG, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    if (m.group(2).equalsIgnoreCase("FROM")) {
      sb.styleMatches(STAGE, AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA));
    }
    return sb.toAttributedString();
  }
}
