package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole Dockerfile, typed: the ARGs before the first FROM (the global scope) and the stages.
 *
 * @param ast the parser's result, for the dump, directives and warnings
 */
public record Dockerfile(ParseResult ast, List<Instruction.Arg> globalArgs, List<Stage> stages) {
  public Dockerfile {
    globalArgs = List.copyOf(globalArgs);
    stages = List.copyOf(stages);
  }

  /** Parses and types a Dockerfile; any mistake throws {@link DockerfileException} with BuildKit's message. */
  public static Dockerfile parse(String text) {
    if (text.isEmpty()) {
      throw new DockerfileException(new Diagnostic("the Dockerfile cannot be empty", SourceRange.line(1)));
    }
    ParseResult ast = Parser.parse(text);
    List<Instruction.Arg> globals = new ArrayList<>();
    List<StageBuilder> stages = new ArrayList<>();
    for (Node node : ast.instructions()) {
      Instruction i = InstructionParser.parse(node);
      if (i instanceof Instruction.From from) {
        stages.add(new StageBuilder(stages.size(), from));
      } else if (stages.isEmpty() && i instanceof Instruction.Arg arg) {
        globals.add(arg);
      } else if (stages.isEmpty()) {
        throw new DockerfileException(new Diagnostic("no build stage in current context", node.range()));
      } else {
        stages.get(stages.size() - 1).instructions.add(i);
      }
    }
    return new Dockerfile(ast, globals, stages.stream().map(StageBuilder::build).toList());
  }

  private static final class StageBuilder {
    final int index;
    final Instruction.From from;
    final List<Instruction> instructions = new ArrayList<>();

    StageBuilder(int index, Instruction.From from) {
      this.index = index;
      this.from = from;
    }

    Stage build() {
      return new Stage(index, from, instructions);
    }
  }
}
