package dev.layerlab.render;

import dev.layerlab.analysis.secrets.Leak;
import dev.layerlab.analysis.secrets.Location;
import dev.layerlab.analysis.secrets.NameWarning;
import dev.layerlab.analysis.secrets.SecretReport;

/** {@code layerlab secrets}: each value looked for, masked, with every place it was found (or "found nowhere"). */
public final class SecretsView {
  private SecretsView() {}

  public static String render(SecretReport r) {
    StringBuilder sb = new StringBuilder();
    r.names().stream().map(NameWarning::message).forEach(m -> sb.append("WARNING: ").append(m).append('\n'));
    if (r.leaks().isEmpty()) {
      sb.append("No build args, ENV values, secrets or token-shaped strings to look for.\n");
    }
    for (Leak l : r.leaks()) {
      sb.append(l.leaked() ? "- " : "+ ").append(kind(l.source())).append(' ').append(l.name()).append(" (")
          .append(l.masked()).append("): ");
      if (!l.leaked()) {
        sb.append("found nowhere in the image\n");
        continue;
      }
      sb.append("found in ").append(l.found().size()).append(" place(s)\n");
      for (Location where : l.found()) {
        sb.append("    ").append(where.where()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String kind(Leak.Source s) {
    switch (s) {
      case BUILD_ARG: return "build arg";
      case ENV: return "ENV";
      case SECRET: return "secret";
      default: return "token";
    }
  }
}
