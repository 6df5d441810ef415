package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code python -m pip …} (the pip model), {@code python -m venv DIR} (a venv with its own pip, as
 * ensurepip installs it), {@code python --version}. Running a script is not modelled and is reported.
 */
final class Python implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> args = inv.args();
    if (!args.isEmpty() && (args.get(0).equals("--version") || args.get(0).equals("-V"))) {
      inv.out("Python " + PythonEnv.of(inv).version() + ".2\n");
      return 0;
    }
    if (args.size() >= 2 && args.get(0).equals("-m") && args.get(1).equals("pip")) {
      return new Pip().run(inv.withArgs(args.subList(2, args.size())));
    }
    if (args.size() >= 3 && args.get(0).equals("-m") && args.get(1).equals("venv")) {
      return venv(inv, args.subList(2, args.size()));
    }
    inv.unmodelled(PathNames.base(inv.name()));
    return 0;
  }

  private int venv(Invocation inv, List<String> args) {
    List<String> dirs = new ArrayList<>(args);
    dirs.removeIf(a -> a.startsWith("-"));
    PythonEnv env = PythonEnv.of(inv);
    TreeWriter w = new TreeWriter(inv);
    for (String d : dirs) {
      String dir = inv.resolve(d);
      w.text(dir + "/pyvenv.cfg", "home = /usr/local/bin\ninclude-system-site-packages = false\nversion = "
          + env.version() + ".2\nexecutable = /usr/local/bin/python" + env.version() + "\n");
      w.symlink(dir + "/bin/python", "/usr/local/bin/python");
      w.symlink(dir + "/bin/python3", "python");
      w.text(dir + "/bin/activate", "# This file must be used with \"source bin/activate\"\nVIRTUAL_ENV=\"" + dir
          + "\"\nexport VIRTUAL_ENV\nPATH=\"$VIRTUAL_ENV/bin:$PATH\"\nexport PATH\n");
      for (String pip : List.of("pip", "pip3", "pip" + env.version())) {
        w.text(dir + "/bin/" + pip, "#!" + dir + "/bin/python\nimport sys\nfrom pip._internal.cli.main import main\nsys.exit(main())\n", 0755);
      }
      String site = env.sitePackages(dir);
      w.fill(site + "/pip", "module", 40, 10_000_000, ".py");
      w.text(site + "/pip-24.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: pip\nVersion: 24.0\n");
    }
    Costs.charge(inv, "python venv", w.written());
    return 0;
  }
}
