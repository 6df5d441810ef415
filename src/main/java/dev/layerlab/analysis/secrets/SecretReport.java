package dev.layerlab.analysis.secrets;

import java.util.List;

/** What {@code layerlab secrets} shows: the values looked for and where they leaked, and the name warnings. */
public record SecretReport(List<Leak> leaks, List<NameWarning> names) {
  public SecretReport {
    leaks = List.copyOf(leaks);
    names = List.copyOf(names);
  }

  public boolean anyLeak() {
    return leaks.stream().anyMatch(Leak::leaked);
  }
}
