package dev.layerlab.shell.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Maven model needs from a pom.xml, read with patterns rather than a full XML model: the
 * project's artifactId, version, packaging and finalName, whether it is a Spring Boot application (the
 * parent or the spring-boot-maven-plugin), and the dependencies with their scope.
 */
record Pom(String artifactId, String version, String packaging, String finalName, boolean springBoot,
    List<Dependency> dependencies) {

  /** {@code groupId:artifactId} and scope ({@code compile} when absent); optional ones are marked. */
  record Dependency(String key, String scope, boolean optional) {
    boolean runtime() {
      return !optional && (scope.equals("compile") || scope.equals("runtime"));
    }
  }

  static Pom parse(String xml) {
    String text = xml.replaceAll("(?s)<!--.*?-->", "");
    String own = text.replaceAll("(?s)<parent>.*?</parent>", "").replaceAll("(?s)<dependencies>.*?</dependencies>", "")
        .replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "").replaceAll("(?s)<build>.*?</build>", "");
    String artifact = tag(own, "artifactId", "app");
    String version = tag(own, "version", tag(text.replaceAll("(?s).*<parent>(.*?)</parent>.*", "$1"), "version", "0.0.1-SNAPSHOT"));
    boolean boot = text.contains("spring-boot-starter-parent") || text.contains("spring-boot-maven-plugin");
    List<Dependency> deps = new ArrayList<>();
    Matcher m = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(
        text.replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "").replaceAll("(?s)<plugins>.*?</plugins>", ""));
    while (m.find()) {
      String d = m.group(1);
      deps.add(new Dependency(tag(d, "groupId", "") + ":" + tag(d, "artifactId", ""), tag(d, "scope", "compile"),
          tag(d, "optional", "false").equals("true")));
    }
    return new Pom(artifact, version, tag(own, "packaging", "jar"),
        tag(text.replaceAll("(?s).*<build>(.*?)</build>.*", "$1"), "finalName", artifact + "-" + version), boot, deps);
  }

  private static String tag(String xml, String name, String dflt) {
    Matcher m = Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(xml);
    return m.find() ? m.group(1) : dflt;
  }
}
