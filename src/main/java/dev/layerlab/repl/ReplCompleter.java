package dev.layerlab.repl;

import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.Stage;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completes what picocli's completer cannot: positional arguments. Command names and flags come from
 * the picocli model; Dockerfile line numbers (described by their text), stage names for --target,
 * layer numbers and the in-memory context's paths from the session.
 */
final class ReplCompleter implements Completer {
  /** What each command's positional arguments are, by position. */
  private static final Map<String, List<Kind>> POSITIONALS = Map.ofEntries(
      Map.entry("edit", List.of(Kind.LINE)), Map.entry("insert", List.of(Kind.LINE)),
      Map.entry("delete", List.of(Kind.LINE)), Map.entry("del", List.of(Kind.LINE)),
      Map.entry("move", List.of(Kind.LINE, Kind.LINE)), Map.entry("swap", List.of(Kind.LINE, Kind.LINE)),
      Map.entry("explain", List.of(Kind.LINE)), Map.entry("ls", List.of(Kind.PATH)), Map.entry("cat", List.of(Kind.PATH)),
      Map.entry("write", List.of(Kind.PATH)), Map.entry("append", List.of(Kind.PATH)), Map.entry("touch", List.of(Kind.PATH)),
      Map.entry("rm", List.of(Kind.PATH)), Map.entry("mkdir", List.of(Kind.PATH)),
      Map.entry("chmod", List.of(Kind.NONE, Kind.PATH)), Map.entry("diff", List.of(Kind.LAYER)),
      Map.entry("tree", List.of(Kind.LAYER)), Map.entry("present", List.of(Kind.ON_OFF)),
      Map.entry("help", List.of(Kind.COMMAND)));

  enum Kind { LINE, PATH, LAYER, ON_OFF, COMMAND, NONE }

  private final Session session;
  private final CommandLine commands;

  ReplCompleter(Session session, CommandLine commands) {
    this.session = session;
    this.commands = commands;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
    try {
      List<String> words = line.words().subList(0, line.wordIndex());
      if (words.isEmpty()) {
        commands(out);
        return;
      }
      CommandLine sub = commands.getSubcommands().get(words.get(0));
      if (sub == null) {
        return;
      }
      String previous = words.get(words.size() - 1);
      if (previous.equals("--target")) {
        stages(out);
      } else if (line.word().startsWith("-")) {
        options(sub, out);
      } else {
        positional(words.get(0), (int) words.stream().skip(1).filter(w -> !w.startsWith("-")).count(), out);
      }
    } catch (RuntimeException e) {
      // Completion is a convenience: a Dockerfile that does not parse simply offers fewer candidates.
    }
  }

  private void commands(List<Candidate> out) {
    commands.getSubcommands().forEach((name, cl) -> out.add(new Candidate(name, name, null,
        first(cl.getCommandSpec().usageMessage().description()), null, null, true)));
  }

  private static void options(CommandLine sub, List<Candidate> out) {
    for (OptionSpec o : sub.getCommandSpec().options()) {
      for (String n : o.names()) {
        out.add(new Candidate(n, n, null, first(o.description()), null, null, true));
      }
    }
  }

  private void positional(String command, int index, List<Candidate> out) {
    List<Kind> kinds = POSITIONALS.getOrDefault(command, List.of());
    Kind kind = index < kinds.size() ? kinds.get(index) : Kind.NONE;
    switch (kind) {
      case LINE -> lines(out);
      case PATH -> session.sandbox().entries().values().forEach(e ->
          out.add(new Candidate(e.path() + (e.isDir() ? "/" : ""), e.path(), null, null, null, null, !e.isDir())));
      case LAYER -> layers(out);
      case ON_OFF -> List.of("on", "off").forEach(s -> out.add(new Candidate(s)));
      case COMMAND -> commands(out);
      default -> { }
    }
  }

  private void lines(List<Candidate> out) {
    List<String> lines = session.sandbox().lines();
    for (int i = 0; i < lines.size(); i++) {
      out.add(new Candidate(String.valueOf(i + 1), (i + 1) + "  " + lines.get(i), null, null, null, null, true));
    }
  }

  private void layers(List<Candidate> out) {
    session.lastBuild().flatMap(r -> r.image()).ifPresent(img -> {
      for (int i = 0; i < img.layers().size(); i++) {
        out.add(new Candidate(String.valueOf(i), i + "  " + img.layers().get(i).createdBy().replace('\n', ' '),
            null, null, null, null, true));
      }
    });
  }

  private void stages(List<Candidate> out) {
    for (Stage s : Dockerfile.parse(session.sandbox().dockerfile()).stages()) {
      s.name().ifPresent(n -> out.add(new Candidate(n)));
    }
  }

  private static String first(String[] description) {
    return description.length == 0 ? null : description[0];
  }
}
