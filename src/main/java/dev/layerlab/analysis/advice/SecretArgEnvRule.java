package dev.layerlab.analysis.advice;

import dev.layerlab.analysis.secrets.Leak;
import dev.layerlab.analysis.secrets.NameWarning;
import dev.layerlab.analysis.secrets.SecretReport;
import dev.layerlab.analysis.secrets.SecretScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SecretsUsedInArgOrEnv (BuildKit's check; hadolint DL3064): an ARG or ENV whose name looks secret.
 * The finding says where its value is visible in the built image; the fix is a secret mount, which
 * needs the RUN that reads the value rewritten, so none is generated.
 */
final class SecretArgEnvRule implements Rule {
  public String id() {
    return "SecretsUsedInArgOrEnv";
  }

  public List<Finding> check(Subject s) {
    SecretReport report = SecretScan.scan(s.request(), s.result());
    List<Finding> out = new ArrayList<>();
    for (NameWarning w : report.names()) {
      long places = report.leaks().stream().filter(l -> l.name().equals(w.name())).mapToLong(l -> l.found().size()).sum();
      String where = places == 0 ? "its value is not in the image now, but any value given later will be"
          : "its value is visible in " + places + " place(s) of the image (history, config or files)";
      out.add(new Finding(id(), w.line(), "Do not use " + w.instruction() + " for sensitive data (" + w.name()
          + "): " + where + "; use RUN --mount=type=secret instead.", Impact.NONE, Optional.empty()));
    }
    return out;
  }

  static long leaked(SecretReport r) {
    return r.leaks().stream().filter(Leak::leaked).count();
  }
}
