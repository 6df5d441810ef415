package dev.layerlab.dockerfile;

import java.util.List;

/** What every instruction parser gets: the node, its argument words and its flags. */
record Request(Node node, List<String> args, Flags flags) {
  static Request of(Node node) {
    return new Request(node, argsOf(node), new Flags());
  }

  /** Argument words; an ONBUILD's nested instruction contributes its keyword then its own words. */
  private static List<String> argsOf(Node node) {
    List<String> out = new java.util.ArrayList<>();
    for (Node.Arg a : node.args()) {
      if (a instanceof Node.Sub sub) {
        out.add(sub.node().keyword());
        out.addAll(argsOf(sub.node()));
      } else {
        out.add(((Node.Word) a).value());
      }
    }
    return out;
  }

  String command() {
    return node.command();
  }

  Flags parseFlags() {
    return flags.parse(node.flags());
  }

  /** Exec form keeps the array; shell form joins the words into one string. */
  Instruction.CommandLine commandLine() {
    if (node.json()) {
      return new Instruction.CommandLine(args, false);
    }
    return new Instruction.CommandLine(args.isEmpty() ? List.of() : List.of(String.join(" ", args)), true);
  }

  static DockerfileException error(String message) {
    return Flags.bad(message);
  }

  DockerfileException atLeastOne(String cmd) {
    return error(cmd + " requires at least one argument");
  }

  DockerfileException exactlyOne(String cmd) {
    return error(cmd + " requires exactly one argument");
  }
}
