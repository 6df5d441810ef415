package dev.layerlab.analysis.secrets;

/**
 * BuildKit's lint warning for an ARG or ENV whose name looks secret.
 *
 * @param instruction {@code ARG} or {@code ENV}
 */
public record NameWarning(String instruction, String name, int line) {
  /** The warning as BuildKit prints it. */
  public String message() {
    return "SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (" + instruction + " \""
        + name + "\") (line " + line + ")";
  }
}
