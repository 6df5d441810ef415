package dev.layerlab.repl;

import java.io.PrintWriter;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Where the REPL's output goes, and how it may look: the width every view fits, colour or not (one
 * decision: dumb terminal, {@code NO_COLOR}, {@code --no-color}), Unicode bars or ASCII, and how a
 * pause waits (for Enter at a terminal; not at all in a script).
 */
final class Console {
  private final PrintWriter out;
  private final Optional<Terminal> terminal;
  private final boolean colour;
  private final boolean unicode;
  private final Pause pause;
  private boolean present;

  /** Waits between steps in presentation mode and between the commands of a played script. */
  interface Pause {
    void await(String prompt);
  }

  /** Hands the terminal to another program ($EDITOR) and takes it back. */
  interface Editing {
    void run(ProcessBuilder program) throws java.io.IOException, InterruptedException;
  }

  private Optional<Editing> editing = Optional.empty();

  Optional<Editing> editing() {
    return editing;
  }

  void editing(Editing e) {
    editing = Optional.of(e);
  }

  Console(PrintWriter out, Optional<Terminal> terminal, boolean colour, boolean unicode, Pause pause) {
    this.out = out;
    this.terminal = terminal;
    this.colour = colour;
    this.unicode = unicode;
    this.pause = pause;
  }

  PrintWriter writer() {
    return out;
  }

  /** The terminal's width, 80 when it has none (dumb terminals report 0); narrower in presentation mode. */
  int width() {
    int w = terminal.map(Terminal::getWidth).filter(x -> x > 0).orElse(80);
    return present ? Math.min(w, 72) : Math.max(40, w);
  }

  boolean unicode() {
    return unicode;
  }

  boolean colour() {
    return colour;
  }

  boolean present() {
    return present;
  }

  void present(boolean on) {
    present = on;
  }

  void print(String s) {
    out.print(s);
    out.flush();
  }

  void println(String s) {
    out.println(s);
    out.flush();
  }

  void print(AttributedString s) {
    out.print(colour && terminal.isPresent() ? s.toAnsi(terminal.get()) : s.toString());
    out.flush();
  }

  void pause(String prompt) {
    pause.await(prompt);
  }
}
