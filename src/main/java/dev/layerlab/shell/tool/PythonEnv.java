package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.Optional;

/**
 * Where Python puts things in this image: the interpreter's version (from {@code /usr/local/lib/pythonX.Y}
 * or {@code /usr/lib/pythonX.Y}) and the active prefix — a venv when the program was found inside one
 * (its directory's parent has {@code pyvenv.cfg}) or {@code VIRTUAL_ENV} is set, else {@code /usr/local}.
 */
record PythonEnv(String version, String prefix) {

  static PythonEnv of(Invocation inv) {
    String version = detectVersion(inv);
    Optional<String> venv = inv.pathOf(inv.name()).map(p -> PathNames.parent(PathNames.parent(p)))
        .filter(d -> FsText.exists(inv, PathNames.join(d, "pyvenv.cfg")))
        .or(() -> Optional.ofNullable(inv.env().get("VIRTUAL_ENV")));
    return new PythonEnv(version, venv.orElse("/usr/local"));
  }

  private static String detectVersion(Invocation inv) {
    for (String lib : new String[] {"/usr/local/lib", "/usr/lib"}) {
      Optional<String> v = FsText.list(inv, lib).stream().filter(n -> n.matches("python3\\.\\d+")).findFirst();
      if (v.isPresent()) {
        return v.get().substring(6);
      }
    }
    return "3.12";
  }

  String sitePackages(String base) {
    return PathNames.join(base, "lib/python" + version + "/site-packages");
  }
}
