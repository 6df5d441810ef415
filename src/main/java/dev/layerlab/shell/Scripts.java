package dev.layerlab.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Running script text: a whole shell, {@code sh -c}, {@code eval}/{@code .}, and {@code $(…)}. */
final class Scripts {
  private Scripts() {}

  /** {@code $(…)}: runs in a subshell, returns stdout without trailing newlines. */
  static String substitute(Interpreter sh, String script) {
    BufferSink buffer = new BufferSink(sh.run().limits.maxBufferBytes());
    Node tree;
    try {
      tree = ShellParser.parse(script);
    } catch (ShellSyntaxException e) {
      throw sh.fatal(e.getMessage());
    }
    sh.substituted(sh.subshell(tree, new Io(Input.empty(), buffer, sh.io().err())));
    String text = ContentText.text(buffer.contents()).replace("\0", "");
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    return text.substring(0, end);
  }

  /** {@code eval} and {@code .}: parses and runs text in this shell. */
  static int runInline(Interpreter sh, String script) {
    Node tree;
    try {
      tree = ShellParser.parse(script);
    } catch (ShellSyntaxException e) {
      throw sh.fatal(e.line() + ": " + e.getMessage());
    }
    sh.run().enter();
    try {
      return sh.execute(tree);
    } finally {
      sh.run().leave();
    }
  }

  /** {@code sh -c script argv0 args}: a new shell that inherits only the given environment. */
  static int runChildScript(Interpreter sh, String script, String argv0, List<String> params, Io streams, Map<String, String> env) {
    ShellState child = new ShellState();
    child.vars.putAll(env);
    child.exported.addAll(child.vars.keySet());
    child.cwd = sh.state().cwd;
    child.uid = sh.state().uid;
    child.gid = sh.state().gid;
    child.argv0 = argv0;
    child.positional = new ArrayList<>(params);
    sh.run().enter();
    try {
      return run(new Interpreter(child, sh.run(), streams), script);
    } finally {
      sh.run().leave();
    }
  }

  /** Parses and runs a whole script in this interpreter, as the top level of a shell process. */
  static int run(Interpreter sh, String script) {
    Node tree;
    try {
      tree = ShellParser.parse(script.replace("\0", ""));
    } catch (ShellSyntaxException e) {
      sh.io().err().write(sh.state().argv0 + ": " + e.line() + ": " + e.getMessage() + "\n");
      return 2;
    }
    try {
      return sh.execute(tree);
    } catch (ControlFlow.Exit e) {
      return e.status;
    } catch (ControlFlow.Return | ControlFlow.Loop e) {
      return sh.state().lastStatus;
    }
  }
}
