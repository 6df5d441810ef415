package dev.layerlab.shell.tool;

import dev.layerlab.fs.Content;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.List;


/**
 * {@code jar -xf JAR} / {@code jar xf JAR} (the JDK's jar tool) and Spring Boot's {@code java
 * -Djarmode=layertools -jar JAR extract}: a modelled jar ({@link JarLayout}) comes apart into {@code
 * BOOT-INF/lib}, {@code BOOT-INF/classes}, the loader and {@code META-INF} — or, for layertools, into
 * the {@code dependencies/}, {@code spring-boot-loader/}, {@code snapshot-dependencies/} and {@code
 * application/} directories the layered Dockerfile copies one by one. Classes inflate to twice their
 * compressed size (estimate); library jars are stored uncompressed in a boot jar, as Spring Boot does.
 */
final class JarExtract implements Program {
  private static final long LOADER = 300_000;

  @Override
  public int run(Invocation inv) {
    List<String> args = inv.args();
    if (PathNames.base(inv.name()).startsWith("java")) {
      return java(inv, args);
    }
    if (args.size() < 2 || !args.get(0).replace("-", "").contains("x")) {
      Costs.charge(inv, "jar", 0);
      return 0;
    }
    return extract(inv, inv.resolve(args.get(1)), inv.cwd(), false);
  }

  private int java(Invocation inv, List<String> args) {
    boolean layertools = args.stream().anyMatch(a -> a.startsWith("-Djarmode="));
    int jarAt = args.indexOf("-jar");
    if (!layertools || jarAt < 0 || jarAt + 1 >= args.size()) {
      if (!args.isEmpty() && (args.get(0).equals("-version") || args.get(0).equals("--version"))) {
        inv.err("openjdk version \"21.0.2\" 2024-01-16 LTS\n");
        return 0;
      }
      inv.unmodelled(PathNames.base(inv.name()));
      return 0;
    }
    int dest = args.indexOf("--destination");
    String dir = dest >= 0 && dest + 1 < args.size() ? inv.resolve(args.get(dest + 1)) : inv.cwd();
    return extract(inv, inv.resolve(args.get(jarAt + 1)), dir, true);
  }

  private int extract(Invocation inv, String jar, String dir, boolean layered) {
    if (!FsText.exists(inv, jar)) {
      inv.err("java.io.FileNotFoundException: " + jar + " (No such file or directory)\n");
      return 1;
    }
    Content c = inv.fs().content(jar);
    JarLayout layout = JarLayout.of(c).orElse(new JarLayout(false, 0, 0));
    long libs = c.size() * layout.libPermille() / 1000;
    long classes = Math.max(0, c.size() - libs - (layout.boot() ? LOADER : 0)) * 2;
    TreeWriter w = new TreeWriter(inv);
    String lib = layered ? dir + "/dependencies/BOOT-INF/lib" : dir + "/BOOT-INF/lib";
    String app = layered ? dir + "/application" : dir;
    w.text(app + "/META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n" + (layout.boot()
        ? "Main-Class: org.springframework.boot.loader.launch.JarLauncher\n" : ""));
    if (layout.boot()) {
      w.fill(lib, "lib", Math.max(1, layout.libJars()), libs, ".jar");
      w.fill((layered ? dir + "/spring-boot-loader" : dir) + "/org/springframework/boot/loader", "Loader", 30, LOADER, ".class");
      w.fill(app + "/BOOT-INF/classes", "App", TreeWriter.fileCount(classes), classes, ".class");
      if (layered) {
        w.dir(dir + "/snapshot-dependencies");
      }
    } else {
      w.fill(app, "Class", TreeWriter.fileCount(classes), classes, ".class");
    }
    Costs.charge(inv, "jar", w.written());
    return 0;
  }

}
