package dev.layerlab.shell;

import java.util.List;
import java.util.Optional;

/** The parsed shell script: a closed set of command shapes, walked by a {@link Visitor}. */
public sealed interface Node {

  <R> R accept(Visitor<R> visitor);

  /** One method per node kind (Java 17 has no pattern switch). */
  interface Visitor<R> {
    R visitSimple(SimpleCommand node);

    R visitPipeline(Pipeline node);

    R visitAndOr(AndOr node);

    R visitSequence(Sequence node);

    R visitSubshell(Subshell node);

    R visitBraceGroup(BraceGroup node);

    R visitIf(If node);

    R visitFor(For node);

    R visitLoop(Loop node);

    R visitCase(Case node);

    R visitFunctionDef(FunctionDef node);

    R visitRedirected(Redirected node);
  }

  /** {@code A=1 cmd arg >file}: assignments, words and redirects in source order per kind. */
  record SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirect> redirects, int line)
      implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitSimple(this);
    }
  }

  /** {@code a | b | c}, optionally negated with {@code !}. */
  record Pipeline(List<Node> commands, boolean negated) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitPipeline(this);
    }
  }

  /** {@code left && right} ({@code and}) or {@code left || right}. */
  record AndOr(Node left, boolean and, Node right) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitAndOr(this);
    }
  }

  /** Commands separated by {@code ;}, {@code &} or newlines; {@code &} runs in order, too. */
  record Sequence(List<Node> items) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitSequence(this);
    }
  }

  /** {@code ( … )}: runs in a copy of the shell state; the filesystem is shared. */
  record Subshell(Node body) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitSubshell(this);
    }
  }

  /** {@code { …; }}. */
  record BraceGroup(Node body) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitBraceGroup(this);
    }
  }

  /** {@code if c; then b; elif c2; then b2; else e; fi}. */
  record If(List<Branch> branches, Optional<Node> otherwise) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitIf(this);
    }
  }

  /** One {@code if}/{@code elif} arm. */
  record Branch(Node condition, Node body) {}

  /** {@code for name [in words]; do body; done}; no {@code in} iterates over {@code "$@"}. */
  record For(String variable, Optional<List<Word>> items, Node body) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitFor(this);
    }
  }

  /** {@code while}/{@code until} loops. */
  record Loop(Node condition, Node body, boolean until) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitLoop(this);
    }
  }

  /** {@code case word in pattern|pattern) body;; esac}. */
  record Case(Word subject, List<CaseItem> items) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitCase(this);
    }
  }

  /** One {@code case} arm. */
  record CaseItem(List<Word> patterns, Optional<Node> body) {}

  /** {@code name() body}. */
  record FunctionDef(String name, Node body) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitFunctionDef(this);
    }
  }

  /** A compound command with redirects: {@code { …; } >file}. */
  record Redirected(Node body, List<Redirect> redirects) implements Node {
    public <R> R accept(Visitor<R> v) {
      return v.visitRedirected(this);
    }
  }
}
