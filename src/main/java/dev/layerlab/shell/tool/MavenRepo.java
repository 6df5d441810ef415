package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.shell.Invocation;

/** The local Maven repository: what resolving a pom's dependencies and the build plugins puts there. */
final class MavenRepo {
  private final Invocation inv;
  private final String path;
  private final JsonNode cat = Maven.CAT;

  MavenRepo(Invocation inv, String path) {
    this.inv = inv;
    this.path = path;
  }

  String path() {
    return path;
  }

  void wrapper() {
    String dir = inv.env().getOrDefault("HOME", "/root") + "/.m2/wrapper/dists/apache-maven-3.9.6-bin";
    if (!FsText.exists(inv, dir)) {
      new TreeWriter(inv).fill(dir + "/lib", "maven", 40, cat.path("wrapper").path("bytes").asLong(), ".jar");
    }
  }

  /** Every dependency (all scopes) and the plugins; {@code offline} adds what go-offline fetches. */
  long resolve(Pom pom, boolean offline) {
    TreeWriter w = new TreeWriter(inv);
    for (Pom.Dependency d : pom.dependencies()) {
      String dir = path + "/" + d.key().replace('.', '/').replace(':', '/');
      if (!FsText.exists(inv, dir)) {
        w.fill(dir, d.key().substring(d.key().indexOf(':') + 1), 1 + jars(d.key()), bytes(d.key()), ".jar");
      }
    }
    plugin(w, "org/apache/maven/plugins", "plugins");
    if (pom.springBoot()) {
      plugin(w, "org/springframework/boot/spring-boot-maven-plugin", "bootPlugin");
    }
    if (offline) {
      plugin(w, "org/apache/maven/resolver", "goOffline");
    }
    return w.written();
  }

  private void plugin(TreeWriter w, String dir, String key) {
    if (!FsText.exists(inv, path + "/" + dir)) {
      w.fill(path + "/" + dir, "plugin", 40, cat.path(key).path("bytes").asLong(), ".jar");
    }
  }

  long bytes(String key) {
    JsonNode a = cat.path("artifacts").path(key);
    return a.path("jar").asLong(cat.path("defaultJar").asLong()) + a.path("closure").path("bytes").asLong();
  }

  int jars(String key) {
    return cat.path("artifacts").path(key).path("closure").path("jars").asInt();
  }

  long runtimeBytes(Pom pom) {
    return pom.dependencies().stream().filter(Pom.Dependency::runtime).mapToLong(d -> bytes(d.key())).sum();
  }

  int runtimeJars(Pom pom) {
    return pom.dependencies().stream().filter(Pom.Dependency::runtime).mapToInt(d -> 1 + jars(d.key())).sum();
  }
}
