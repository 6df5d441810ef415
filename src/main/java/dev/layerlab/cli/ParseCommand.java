package dev.layerlab.cli;

import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.DockerfileException;
import dev.layerlab.dockerfile.Parser;
import dev.layerlab.render.DiagnosticView;
import dev.layerlab.render.ParseListing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code layerlab parse}: BuildKit's AST dump, or a readable listing of stages and instructions. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parse a Dockerfile exactly as BuildKit does and print it.")
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dump", description = "Print BuildKit's parser dump (its test-suite format), byte for byte.")
  boolean dump;

  @Parameters(paramLabel = "FILE", defaultValue = "Dockerfile",
      description = "The Dockerfile, or a directory holding one (default: ${DEFAULT-VALUE}).")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DockerfileInput input;
    try {
      input = DockerfileInput.read(file);
    } catch (UserError e) {
      err.println("ERROR: " + e.getMessage());
      return 1;
    }
    try {
      // The dump is the parser's alone (as BuildKit's test suite runs it); the listing needs typed instructions.
      out.print(dump ? Parser.parse(input.text()).dump() + "\n" : ParseListing.render(Dockerfile.parse(input.text())));
      out.flush();
      return 0;
    } catch (DockerfileException e) {
      err.print(DiagnosticView.render(e.diagnostic(), input.text(), input.displayName()));
      err.flush();
      return 1;
    }
  }
}
