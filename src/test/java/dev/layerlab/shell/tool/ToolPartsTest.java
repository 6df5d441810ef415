package dev.layerlab.shell.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Linkage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small parts of the tool models: argument parsing, manifests, tags carried in synthetic content. */
class ToolPartsTest {
  @Test
  void linkage_roundTripsThroughTheSeed_andOtherContentHasNone() {
    for (Linkage l : Linkage.values()) {
      Content c = l.content(7_000_000, "svc");
      assertThat(Linkage.of(c)).contains(l);
      assertThat(c.size()).isEqualTo(7_000_000);
    }
    assertThat(Linkage.STATIC.content(10, "a").digest()).isNotEqualTo(Linkage.DYNAMIC_GLIBC.content(10, "a").digest());
    assertThat(Linkage.of(Content.of("#!/bin/sh\n"))).isEmpty();
    assertThat(Linkage.DYNAMIC_MUSL.interpreter()).contains("/lib/ld-musl-x86_64.so.1");
  }

  @Test
  void jarLayout_roundTrips() {
    JarLayout boot = new JarLayout(true, 930, 42);
    assertThat(JarLayout.of(boot.content(20_000_000, "app.jar"))).contains(boot);
    assertThat(JarLayout.of(Content.synthetic(5, 5))).isEmpty();
  }

  @Test
  void toolArgs_longShortClusteredAndValued() {
    ToolArgs a = ToolArgs.parse(List.of("install", "-yq", "--no-install-recommends", "--omit=dev", "-o", "x=1", "curl"),
        Set.of("o"));
    assertThat(a.has("y")).isTrue();
    assertThat(a.has("q")).isTrue();
    assertThat(a.has("no-install-recommends")).isTrue();
    assertThat(a.value("omit")).contains("dev");
    assertThat(a.value("o")).contains("x=1");
    assertThat(a.operands()).containsExactly("install", "curl");
    assertThat(ToolArgs.parse(List.of("-qO-", "http://x"), Set.of("O")).value("O")).contains("-");
  }

  @Test
  void requirements_namesExtrasAndComments() {
    List<String> lines = Requirements.parse("# web\nFlask==3.0.2  # pinned\n\n-r base.txt\nuvicorn[standard]>=0.27 ; python_version > '3.8'\n");
    assertThat(lines).hasSize(2);
    assertThat(Requirements.name(lines.get(0))).isEqualTo("flask");
    assertThat(Requirements.name("SQLAlchemy==2.0.27")).isEqualTo("sqlalchemy");
    assertThat(Requirements.name(lines.get(1))).isEqualTo("uvicorn");
    assertThat(Requirements.extras(lines.get(1))).containsExactly("standard");
  }

  @Test
  void pom_springBootAndScopes() {
    Pom pom = Pom.parse("<project><parent><artifactId>spring-boot-starter-parent</artifactId><version>3.2.3</version></parent>"
        + "<artifactId>demo</artifactId><version>1.0</version><dependencies>"
        + "<dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><scope>runtime</scope></dependency>"
        + "<dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><optional>true</optional></dependency>"
        + "<dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>"
        + "</dependencies></project>");
    assertThat(pom.springBoot()).isTrue();
    assertThat(pom.finalName()).isEqualTo("demo-1.0");
    assertThat(pom.dependencies().stream().filter(Pom.Dependency::runtime).map(Pom.Dependency::key))
        .containsExactly("org.postgresql:postgresql");
  }

  @Test
  void makefile_variablesAndAutomaticVariables() {
    Makefile mf = Makefile.parse("CC = gcc\nCFLAGS = -O2\nCFLAGS += -Wall\n\napp: main.o util.o\n\t$(CC) -o $@ $^\n",
        Map.of("CC", "cc"), Map.of());
    assertThat(mf.first()).isEqualTo("app");
    Makefile.Rule rule = mf.rule("app").orElseThrow();
    assertThat(mf.expand(rule.recipe().get(0), "app", rule.prerequisites())).isEqualTo("gcc -o app main.o util.o");
    assertThat(mf.expand("$(CFLAGS)", "", List.of())).isEqualTo("-O2 -Wall");
  }

  @Test
  void everyCatalogueFigure_hasASource() {
    for (String name : List.of("apt", "apk", "npm", "pip", "go", "maven", "cargo")) {
      var cat = ToolData.catalogue(name);
      assertThat(cat.path("note").asText()).as(name).isNotBlank();
      for (String group : List.of("packages", "modules", "artifacts", "crates")) {
        cat.path(group).fields().forEachRemaining(e ->
            assertThat(e.getValue().path("source").asText()).as(name + " " + e.getKey()).isNotBlank());
      }
    }
    ToolData.catalogue("costs").path("costs").fields().forEachRemaining(e ->
        assertThat(e.getValue().path("source").asText()).as(e.getKey()).isNotBlank());
  }
}
