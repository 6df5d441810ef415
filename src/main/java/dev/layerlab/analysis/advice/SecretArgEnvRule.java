package dev.layerlab.analysis.advice;

import dev.layerlab.analysis.secrets.NameWarning;
import dev.layerlab.analysis.secrets.SecretReport;
import dev.layerlab.analysis.secrets.SecretScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SecretsUsedInArgOrEnv (BuildKit's check; hadolint DL3064): an ARG or ENV whose name looks secret.
 * The finding says where its value is visible in the built image. A stage's {@code ARG NAME} read only
 * by shell-form RUNs of that stage gets a fix ({@link SecretMountFix}): the ARG goes, and those RUNs
 * mount the secret as the variable instead. The fix is measured by the secret scan, with the arg's
 * value given as the secret.
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
      Optional<Fix> fix = w.instruction().equals("ARG") ? SecretMountFix.of(s.dockerfile(), w) : Optional.empty();
      out.add(new Finding(id(), w.line(), "Do not use " + w.instruction() + " for sensitive data (" + w.name()
          + "): " + where + "; use RUN --mount=type=secret instead.", fix.isPresent() ? Impact.SECRETS : Impact.NONE,
          fix));
    }
    return out;
  }
}

