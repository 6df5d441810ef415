package dev.layerlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The package table of the design: data flows one way, each package imports only the packages to its
 * left (and what those import), only render uses JLine's styled text, only cli and repl use picocli,
 * a terminal, standard output or System.exit.
 */
class PackageRulesTest {
  private static final String ROOT = "dev.layerlab.";
  /** What each package may import directly, besides itself; closed transitively below. */
  private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("dockerfile", List.of());
    ALLOWED.put("plan", List.of("dockerfile"));
    ALLOWED.put("fs", List.of());
    ALLOWED.put("image", List.of("fs"));
    ALLOWED.put("shell", List.of("fs", "image"));
    ALLOWED.put("cache", List.of("plan", "fs", "image"));
    ALLOWED.put("build", List.of("dockerfile", "plan", "fs", "image", "shell", "cache"));
    ALLOWED.put("schedule", List.of("plan", "build"));
    ALLOWED.put("analysis", List.of("build", "image"));
    // lesson reads the schedule's Timeline: goals on stages overlapping in time and on the total time.
    ALLOWED.put("lesson", List.of("dockerfile", "plan", "build", "schedule", "analysis"));
    ALLOWED.put("render", List.of("dockerfile", "plan", "fs", "image", "shell", "cache", "build", "schedule",
        "analysis", "lesson"));
  }

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.layerlab");
  }

  @TestFactory
  List<DynamicTest> eachPackage_importsOnlyPackagesToItsLeft() {
    return ALLOWED.keySet().stream().map(pkg -> DynamicTest.dynamicTest(pkg, () -> {
      Set<String> allowed = closure(pkg);
      String[] forbidden = ALLOWED.keySet().stream().filter(p -> !p.equals(pkg) && !allowed.contains(p))
          .map(p -> ROOT + p + "..").toArray(String[]::new);
      String[] alsoForbidden = {ROOT + "cli..", ROOT + "repl.."};
      noClasses().that().resideInAPackage(ROOT + pkg + "..").should().dependOnClassesThat()
          .resideInAnyPackage(concat(forbidden, alsoForbidden)).allowEmptyShould(true).check(classes);
    })).toList();
  }

  @Test
  void packages_haveNoCycles() {
    SlicesRuleDefinition.slices().matching("dev.layerlab.(*)..").should().beFreeOfCycles().allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyRender_usesStyledText_andOnlyCliAndRepl_useTheRestOfJline() {
    noClasses().that().resideOutsideOfPackages(ROOT + "render..", ROOT + "cli..", ROOT + "repl..")
        .should().dependOnClassesThat().resideInAPackage("org.jline..").allowEmptyShould(true).check(classes);
    noClasses().that().resideInAPackage(ROOT + "render..").should().dependOnClassesThat()
        .resideInAnyPackage("org.jline.reader..", "org.jline.terminal..", "org.jline.console..")
        .allowEmptyShould(true).check(classes);
  }

  @Test
  void onlyCliAndRepl_usePicocli_print_orExit() {
    noClasses().that().resideOutsideOfPackages(ROOT + "cli..", ROOT + "repl..")
        .should().dependOnClassesThat().resideInAPackage("picocli..").allowEmptyShould(true).check(classes);
    noClasses().that().resideOutsideOfPackages(ROOT + "cli..", ROOT + "repl..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class).allowEmptyShould(true).check(classes);
  }

  private static Set<String> closure(String pkg) {
    Set<String> out = new LinkedHashSet<>();
    for (String dep : ALLOWED.getOrDefault(pkg, List.of())) {
      if (out.add(dep)) {
        out.addAll(closure(dep));
      }
    }
    return out;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
