package dev.layerlab.analysis.secrets;

import java.util.List;

/**
 * One sensitive value and every place it was found in the image.
 *
 * @param source what the value is: a build arg, an ENV, a {@code --secret}, or a token-shaped string
 * @param name the arg, variable or secret id; for a token, its kind ({@code GitHub token})
 * @param masked the value with all but its first four characters hidden
 * @param found empty when the value is nowhere in the image
 */
public record Leak(Source source, String name, String masked, List<Location> found) {
  public enum Source { BUILD_ARG, ENV, SECRET, TOKEN }

  public Leak {
    found = List.copyOf(found);
  }

  public boolean leaked() {
    return !found.isEmpty();
  }

  static String mask(String value) {
    return value.length() <= 4 ? "****" : value.substring(0, 4) + "*".repeat(Math.min(8, value.length() - 4));
  }
}
