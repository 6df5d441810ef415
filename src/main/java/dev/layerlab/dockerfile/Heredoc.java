package dev.layerlab.dockerfile;

/**
 * One here-document read after a RUN, COPY or ADD line.
 *
 * @param name the delimiter with quotes removed ({@code <<"EOF"} gives {@code EOF})
 * @param content the raw body lines, line endings kept, terminator excluded
 * @param expand false when any part of the delimiter was quoted: the body is then taken literally
 * @param chomp true for {@code <<-}: leading tabs are stripped from the body when it is used
 * @param fileDescriptor the digits before {@code <<} ({@code 3<<EOF}), 0 when none
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp, int fileDescriptor) {

  /** The body as a command or file sees it: with {@code <<-}, leading tabs removed from each line. */
  public String effectiveContent() {
    if (!chomp) {
      return content;
    }
    StringBuilder out = new StringBuilder(content.length());
    for (String line : content.split("(?<=\n)", -1)) {
      int i = 0;
      while (i < line.length() && line.charAt(i) == '\t') {
        i++;
      }
      out.append(line, i, line.length());
    }
    return out.toString();
  }

  Heredoc withContent(String body) {
    return new Heredoc(name, body, expand, chomp, fileDescriptor);
  }
}
