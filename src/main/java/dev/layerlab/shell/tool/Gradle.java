package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gradle} and {@code ./gradlew} {@code build|assemble|bootJar|jar}: reads build.gradle(.kts) for
 * {@code implementation}/{@code runtimeOnly} coordinates and the Spring Boot plugin, fills {@code
 * ~/.gradle/caches} from the Maven catalogue, and writes {@code build/libs/<project>-<version>.jar}
 * (and {@code -plain.jar} for Spring Boot). {@code gradlew} first fetches the distribution (estimate
 * 130 MB unpacked in {@code ~/.gradle/wrapper}).
 */
final class Gradle implements Program {
  private static final long DISTRIBUTION = 130_000_000;
  private static final long PLUGINS = 40_000_000;

  @Override
  public int run(Invocation inv) {
    Optional<String> script = FsText.read(inv, inv.resolve("build.gradle")).or(() -> FsText.read(inv, inv.resolve("build.gradle.kts")));
    String home = inv.env().getOrDefault("GRADLE_USER_HOME", inv.env().getOrDefault("HOME", "/root") + "/.gradle");
    TreeWriter w = new TreeWriter(inv);
    if (PathNames.base(inv.name()).equals("gradlew") && !FsText.exists(inv, home + "/wrapper/dists")) {
      w.fill(home + "/wrapper/dists/gradle-8.6-bin/lib", "gradle", 40, DISTRIBUTION, ".jar");
    }
    if (script.isEmpty()) {
      inv.err("FAILURE: Build failed with an exception.\n\n* What went wrong:\nDirectory '" + inv.cwd()
          + "' does not contain a Gradle build.\n");
      return 1;
    }
    List<Pom.Dependency> deps = new ArrayList<>();
    Matcher m = Pattern.compile("(implementation|runtimeOnly|api|testImplementation)\\s*\\(?\\s*['\"]([^:'\"]+):([^:'\"]+)").matcher(script.get());
    while (m.find()) {
      deps.add(new Pom.Dependency(m.group(2) + ":" + m.group(3), m.group(1).startsWith("test") ? "test" : "compile", false));
    }
    boolean boot = script.get().contains("org.springframework.boot");
    Pom pom = new Pom(PathNames.base(inv.cwd()), version(script.get()), "jar", "", boot, deps);
    MavenRepo cache = new MavenRepo(inv, home + "/caches/modules-2/files-2.1");
    long bytes = cache.resolve(pom, false) + w.written();
    if (!FsText.exists(inv, home + "/caches/jars-9")) {
      w.fill(home + "/caches/jars-9", "plugin", 30, PLUGINS, ".jar");
    }
    long classes = Math.max(2000, FsText.sourceBytes(inv, inv.resolve("src/main"), List.of(".java", ".kt", ".properties", ".yml"), List.of()));
    String jar = inv.resolve("build/libs/" + pom.artifactId() + "-" + pom.version());
    long own = classes * 13 / 20 + 1000;
    if (boot) {
      long libs = cache.runtimeBytes(pom);
      long total = own + libs + 300_000;
      w.put(jar + ".jar", new JarLayout(true, (int) (libs * 1000 / total), cache.runtimeJars(pom)).content(total, jar), 0644);
      w.put(jar + "-plain.jar", new JarLayout(false, 0, 0).content(own, jar + "-plain"), 0644);
    } else {
      w.put(jar + ".jar", new JarLayout(false, 0, 0).content(own, jar), 0644);
    }
    inv.out("\nBUILD SUCCESSFUL\n");
    Costs.charge(inv, "gradle build", bytes + w.written());
    return 0;
  }

  private static String version(String script) {
    Matcher m = Pattern.compile("(?m)^version\\s*=\\s*['\"]([^'\"]+)").matcher(script);
    return m.find() ? m.group(1) : "0.0.1-SNAPSHOT";
  }
}
