package dev.layerlab.shell;

import java.util.List;
import java.util.Optional;

/**
 * How a RUN ended.
 *
 * @param outcome whether the script ran at all, and whether a limit stopped it
 * @param exitCode the shell's exit status (127 when the shell itself is missing)
 * @param output stdout and stderr interleaved, as the build log shows them (clipped at the log limit)
 * @param unmodelled programs found on PATH that layerlab has no model for (each ran as a no-op)
 * @param sleptSeconds simulated seconds spent in {@code sleep}, for the scheduler to charge
 * @param commandsRun how many simple commands ran
 * @param error for anything but {@link Outcome#COMPLETED}: what went wrong, in the runtime's words
 */
public record ShellResult(
    Outcome outcome,
    int exitCode,
    String output,
    List<String> unmodelled,
    double sleptSeconds,
    long commandsRun,
    Optional<String> error) {

  /** Whether the script ran, and how it stopped. */
  public enum Outcome {
    /** The script ran to its end or to {@code exit}; see the exit code. */
    COMPLETED,
    /** The shell binary is not in the image (FROM scratch): nothing ran. */
    SHELL_MISSING,
    /** Exec form ({@code RUN ["prog", …]}): the program is not in the image. */
    EXECUTABLE_MISSING,
    /** USER names someone /etc/passwd does not know: nothing ran. */
    USER_UNKNOWN,
    /** A {@link ShellLimits} bound stopped the script (runaway loop, fork bomb, huge output). */
    LIMIT_EXCEEDED
  }

  public ShellResult {
    unmodelled = List.copyOf(unmodelled);
  }

  public boolean succeeded() {
    return outcome == Outcome.COMPLETED && exitCode == 0;
  }

  /** The output split into lines, as BuildKit prints them. */
  public List<String> lines() {
    String text = output.endsWith("\n") ? output.substring(0, output.length() - 1) : output;
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }
}
