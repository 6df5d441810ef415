package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.fs.Entry;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.List;
import java.util.Optional;

/**
 * {@code mvn} and {@code ./mvnw}: {@code dependency:go-offline}, {@code dependency:resolve}, {@code
 * compile}, {@code package}, {@code install}, {@code verify}, {@code clean}, with {@code -DskipTests} and
 * {@code -f}. The local repository ({@code ~/.m2/repository}, or {@code -Dmaven.repo.local}) is sized
 * from the pom's dependencies and the plugins through {@code tools/maven.json}; {@code package} writes
 * {@code target/classes} and {@code target/<finalName>.jar} — for Spring Boot the executable jar with
 * the runtime libraries in {@code BOOT-INF/lib} (see {@link JarLayout}) and the {@code .jar.original}.
 */
final class Maven implements Program {
  static final JsonNode CAT = ToolData.catalogue("maven");

  @Override
  public int run(Invocation inv) {
    String pomPath = inv.resolve("pom.xml");
    for (int i = 0; i + 1 < inv.args().size(); i++) {
      if (inv.args().get(i).equals("-f") || inv.args().get(i).equals("--file")) {
        pomPath = inv.resolve(inv.args().get(i + 1));
      }
    }
    if (inv.args().contains("-v") || inv.args().contains("--version")) {
      inv.out("Apache Maven 3.9.6\n");
      return 0;
    }
    Optional<String> xml = FsText.read(inv, pomPath);
    if (xml.isEmpty()) {
      inv.out("[ERROR] The goal you specified requires a project to execute but there is no POM in this directory ("
          + PathNames.parent(pomPath) + "). Please verify you invoked Maven from the correct directory. -> [Help 1]\n");
      return 1;
    }
    Pom pom = Pom.parse(xml.get());
    String dir = PathNames.parent(pomPath);
    String repo = inv.args().stream().filter(a -> a.startsWith("-Dmaven.repo.local=")).findFirst()
        .map(a -> inv.resolve(a.substring(19))).orElse(inv.env().getOrDefault("HOME", "/root") + "/.m2/repository");
    MavenRepo m2 = new MavenRepo(inv, repo);
    if (PathNames.base(inv.name()).equals("mvnw")) {
      m2.wrapper();
    }
    long bytes = 0;
    boolean offline = inv.args().stream().anyMatch(g -> g.startsWith("dependency:"));
    for (String goal : inv.args()) {
      if (goal.startsWith("-")) {
        continue;
      }
      if (goal.equals("clean")) {
        new TreeWriter(inv).remove(PathNames.join(dir, "target"));
      } else if (goal.startsWith("dependency:")) {
        bytes += m2.resolve(pom, true);
      } else if (List.of("compile", "test", "package", "verify", "install", "spring-boot:repackage").contains(goal)) {
        bytes += m2.resolve(pom, false) + build(inv, pom, dir, goal, m2);
      }
    }
    inv.out("[INFO] BUILD SUCCESS\n");
    Costs.charge(inv, offline ? "mvn offline" : "mvn package", bytes);
    return 0;
  }

  private long build(Invocation inv, Pom pom, String dir, String goal, MavenRepo m2) {
    TreeWriter w = new TreeWriter(inv);
    long sources = FsText.sourceBytes(inv, PathNames.join(dir, "src/main"), List.of(".java", ".kt", ".properties", ".yml", ".yaml", ".xml", ".html"), List.of());
    long classes = Math.max(2000, Math.round(sources * CAT.path("classRatio").asDouble()));
    String target = PathNames.join(dir, "target");
    if (FsText.isDir(inv, PathNames.join(dir, "src/main/java"))) {
      inv.fs().walk(PathNames.join(dir, "src/main/java")).filter(Entry::isFile).filter(e -> e.path().endsWith(".java"))
          .forEach(e -> w.file(target + "/classes" + e.path().substring(dir.length() + 14).replaceFirst("\\.java$", ".class"),
              Math.round(e.size() * CAT.path("classRatio").asDouble()), 0644));
    }
    if (goal.equals("compile") || goal.equals("test")) {
      return w.written();
    }
    long own = Math.round(classes * CAT.path("jarRatio").asDouble()) + 1000;
    String jar = target + "/" + pom.finalName() + ".jar";
    if (pom.springBoot()) {
      long libs = m2.runtimeBytes(pom);
      int count = m2.runtimeJars(pom);
      long total = own + libs + 300_000; // the Spring Boot loader classes
      w.put(jar, new JarLayout(true, (int) (libs * 1000 / total), count).content(total, jar + total), 0644);
      w.put(jar + ".original", new JarLayout(false, 0, 0).content(own, jar + ".original"), 0644);
    } else {
      w.put(jar, new JarLayout(false, 0, 0).content(own, jar), 0644);
    }
    w.text(target + "/maven-archiver/pom.properties", "artifactId=" + pom.artifactId() + "\nversion=" + pom.version() + "\n");
    if (goal.equals("install")) {
      w.file(m2.path() + "/" + pom.artifactId() + "/" + pom.version() + "/" + pom.finalName() + ".jar", own, 0644);
    }
    return w.written();
  }
}
