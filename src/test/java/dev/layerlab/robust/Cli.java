package dev.layerlab.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code layerlab} in-process with its own writers, and checks that no stack trace reached the user. */
final class Cli {
  private Cli() {}

  record Run(int status, String out, String err) {
    String all() {
      return out + err;
    }

    Run assertNoStackTrace() {
      assertThat(all()).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("internal error")
          .doesNotContainPattern("(java|javax|dev|com|org)\\.[\\w.$]+(Exception|Error)\\b");
      return this;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }
}
