package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.shell.Node;
import dev.layerlab.shell.ShellParser;
import dev.layerlab.shell.ShellSyntaxException;
import dev.layerlab.shell.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The simple commands of a RUN, parsed by the simulator's shell parser, as hadolint reads them (through
 * ShellCheck): each with its name and its words as written. A script that does not parse has none.
 */
final class ShellCommands {
  /** One simple command: {@code words} are as written, quotes kept; {@code name} is the first, unquoted. */
  record Command(String name, List<String> words) {
    List<String> args() {
      return words.subList(1, words.size());
    }
  }

  private ShellCommands() {}

  static List<Command> of(Instruction.Run run) {
    return of(Subject.command(run));
  }

  static List<Command> of(String script) {
    List<Command> out = new ArrayList<>();
    try {
      ShellParser.parse(script).accept(new Collector(out));
    } catch (ShellSyntaxException e) {
      return List.of();
    }
    return out;
  }

  /** A word with quotes removed, as hadolint compares it ({@code "/tmp/a.tgz"} → {@code /tmp/a.tgz}). */
  static String unquote(String raw) {
    return raw.replaceAll("[\"']", "");
  }

  /** Walks every node kind down to its simple commands. */
  private static final class Collector implements Node.Visitor<Void> {
    private final List<Command> out;

    Collector(List<Command> out) {
      this.out = out;
    }

    public Void visitSimple(Node.SimpleCommand n) {
      List<String> words = n.words().stream().map(Word::raw).toList();
      if (!words.isEmpty()) {
        out.add(new Command(unquote(words.get(0)), words));
      }
      return null;
    }

    public Void visitPipeline(Node.Pipeline n) {
      n.commands().forEach(c -> c.accept(this));
      return null;
    }

    public Void visitAndOr(Node.AndOr n) {
      n.left().accept(this);
      return n.right().accept(this);
    }

    public Void visitSequence(Node.Sequence n) {
      n.items().forEach(c -> c.accept(this));
      return null;
    }

    public Void visitSubshell(Node.Subshell n) {
      return n.body().accept(this);
    }

    public Void visitBraceGroup(Node.BraceGroup n) {
      return n.body().accept(this);
    }

    public Void visitIf(Node.If n) {
      n.branches().forEach(b -> {
        b.condition().accept(this);
        b.body().accept(this);
      });
      n.otherwise().ifPresent(o -> o.accept(this));
      return null;
    }

    public Void visitFor(Node.For n) {
      return n.body().accept(this);
    }

    public Void visitLoop(Node.Loop n) {
      n.condition().accept(this);
      return n.body().accept(this);
    }

    public Void visitCase(Node.Case n) {
      n.items().forEach(i -> i.body().ifPresent(b -> b.accept(this)));
      return null;
    }

    public Void visitFunctionDef(Node.FunctionDef n) {
      return n.body().accept(this);
    }

    public Void visitRedirected(Node.Redirected n) {
      return n.body().accept(this);
    }
  }
}
