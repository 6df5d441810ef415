package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dockerfile text to instruction nodes, exactly as BuildKit's parser reads it: directives at the top,
 * comments and blank lines dropped, continuation lines joined with no separator, heredoc bodies read
 * after their line, and each instruction's arguments split by its own line parser.
 */
public final class Parser {
  /** layerlab's bound on a whole Dockerfile (BuildKit has only the 64 KiB line limit; its gRPC messages stop near 16 MiB). */
  public static final int MAX_DOCKERFILE_BYTES = 4 << 20;
  /** layerlab's bound on one heredoc body, so an unterminated or runaway heredoc stays small. */
  public static final int MAX_HEREDOC_BYTES = 1 << 20;

  private final List<String> lines;
  private final DirectiveScanner directives = new DirectiveScanner();
  private final List<Node> nodes = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private List<String> comments = new ArrayList<>();
  private int next;
  private int current;

  private Parser(String text) {
    this.lines = Lines.split(text);
  }

  /** Parses a whole Dockerfile; a malformed one throws {@link DockerfileException}. */
  public static ParseResult parse(String text) {
    if (text.length() > MAX_DOCKERFILE_BYTES) {
      throw new DockerfileException(new Diagnostic(tooBig(), SourceRange.line(1)));
    }
    return new Parser(text).run();
  }

  /** The message for a Dockerfile over {@link #MAX_DOCKERFILE_BYTES}. */
  public static String tooBig() {
    return "dockerfile greater than max allowed size of " + MAX_DOCKERFILE_BYTES + " bytes";
  }

  private ParseResult run() {
    while (next < lines.size()) {
      readInstruction();
    }
    if (nodes.isEmpty()) {
      throw new DockerfileException(new Diagnostic("file with no instructions", SourceRange.line(Math.max(current, 1))));
    }
    return new ParseResult(nodes, directives.parsed(), directives.escape(), warnings);
  }

  private void readInstruction() {
    String raw = readLine();
    noteComment(raw);
    String first = process(raw, true);
    int start = current;
    Lines.Continuation c = Lines.trimContinuation(first, directives.escape());
    if (c.endOfLine() && c.text().isEmpty()) {
      return;
    }
    StringBuilder buf = new StringBuilder(c.text());
    boolean emptyContinuation = false;
    boolean endOfLine = c.endOfLine();
    while (!endOfLine && next < lines.size()) {
      String rawNext = readLine();
      String processed = process(rawNext, false);
      if (Lines.isComment(rawNext)) {
        continue;
      }
      if (Lines.isEmpty(processed)) {
        emptyContinuation = true;
        continue;
      }
      Lines.Continuation more = Lines.trimContinuation(processed, directives.escape());
      buf.append(more.text());
      endOfLine = more.endOfLine();
    }
    finishInstruction(buf.toString(), start, emptyContinuation);
  }

  private void finishInstruction(String line, int start, boolean emptyContinuation) {
    if (emptyContinuation) {
      warnings.add(new Warning("NoEmptyContinuation", "Empty continuation line found in: " + line,
          "Empty continuation lines will become errors in a future release", new SourceRange(start, current)));
    }
    Node node = located(() -> nodeFromLine(line, comments), start);
    if (canContainHeredoc(node) && line.contains("<<")) {
      node = node.withHeredocs(readHeredocs(line, start), new SourceRange(start, current));
    }
    nodes.add(node.withRange(new SourceRange(start, current)));
    comments = new ArrayList<>();
  }

  private List<Heredoc> readHeredocs(String line, int start) {
    List<Heredoc> docs = new ArrayList<>();
    for (Heredoc doc : located(() -> HeredocWords.find(line), start)) {
      docs.add(readBody(doc, start));
    }
    return docs;
  }

  private Heredoc readBody(Heredoc doc, int start) {
    StringBuilder body = new StringBuilder();
    while (next < lines.size()) {
      String raw = lines.get(next++);
      current++;
      String candidate = Lines.trimNewline(raw);
      if (doc.chomp()) {
        candidate = candidate.replaceFirst("^\t+", "");
      }
      if (candidate.equals(doc.name())) {
        return doc.withContent(body.toString());
      }
      body.append(raw);
      if (body.length() > MAX_HEREDOC_BYTES) {
        throw new DockerfileException(new Diagnostic("heredoc " + doc.name() + " greater than max allowed size of "
            + MAX_HEREDOC_BYTES + " bytes", new SourceRange(start, current)));
      }
    }
    throw new DockerfileException(new Diagnostic("unterminated heredoc", new SourceRange(start, current)));
  }

  private String readLine() {
    String raw = lines.get(next++);
    Lines.checkLength(raw, current + 1);
    return raw;
  }

  /** Trims a physical line, lets the directive scanner see it, and blanks it if it is a comment. */
  private String process(String raw, boolean stripLeft) {
    String token = Lines.trimNewline(raw);
    if (stripLeft) {
      token = Lines.trimLeadingSpace(token);
    }
    current++;
    directives.scan(token, current);
    return Lines.isComment(token) ? "" : token;
  }

  private void noteComment(String raw) {
    if (!Lines.isComment(raw)) {
      return;
    }
    String text = Lines.trimSpace(Lines.trimLeadingSpace(Lines.trimNewline(raw)).substring(1));
    if (text.isEmpty()) {
      comments = new ArrayList<>();
    } else {
      comments.add(text);
    }
  }

  private Node nodeFromLine(String line, List<String> prevComments) {
    String[] parts = ArgumentParsers.WHITESPACE.split(Lines.trimSpace(line), 2);
    String keyword = parts[0];
    FlagSplitter.Split split = parts.length == 2
        ? FlagSplitter.split(parts[1], directives.escape())
        : new FlagSplitter.Split(List.of(), "");
    String rest = Lines.trimSpace(split.rest());
    ArgumentParsers.Parsed parsed = ArgumentParsers.forCommand(keyword.toLowerCase(Locale.ROOT))
        .parse(rest, directives.escape(), sub -> nodeFromLine(sub, List.of()));
    return new Node(keyword, split.flags(), parsed.args(), parsed.json(), line, List.of(), prevComments,
        SourceRange.line(current));
  }

  private static boolean canContainHeredoc(Node node) {
    Node target = node;
    if (node.command().equals("onbuild") && !node.args().isEmpty() && node.args().get(0) instanceof Node.Sub sub) {
      target = sub.node();
    }
    String cmd = target.command();
    return (cmd.equals("run") || cmd.equals("copy") || cmd.equals("add")) && !target.json();
  }

  /** Runs a step of parsing, giving any error the lines of the instruction being read. */
  private <T> T located(java.util.function.Supplier<T> step, int start) {
    try {
      return step.get();
    } catch (DockerfileException e) {
      throw new DockerfileException(new Diagnostic(e.diagnostic().message(), new SourceRange(start, current)));
    }
  }
}
