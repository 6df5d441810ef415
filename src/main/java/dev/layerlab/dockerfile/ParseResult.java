package dev.layerlab.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * The parser's output: the instruction nodes in order, the directives, the escape character in force
 * and any warnings.
 */
public record ParseResult(List<Node> instructions, List<Directive> directives, char escape, List<Warning> warnings) {
  public ParseResult {
    instructions = List.copyOf(instructions);
    directives = List.copyOf(directives);
    warnings = List.copyOf(warnings);
  }

  /** BuildKit's dump of the AST, without a trailing newline. */
  public String dump() {
    return Dump.of(instructions);
  }

  public Optional<Directive> directive(String name) {
    return directives.stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
