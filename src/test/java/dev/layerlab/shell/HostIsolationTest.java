package dev.layerlab.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shell can reach neither the host's files and processes nor its clock. */
class HostIsolationTest {
  private static JavaClasses shell;

  @BeforeAll
  static void importShell() {
    shell = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.layerlab.shell");
  }

  @Test
  void shell_neverUsesHostFilesOrProcesses() {
    noClasses().that().resideInAPackage("dev.layerlab.shell..").should().dependOnClassesThat()
        .belongToAnyOf(File.class, Files.class, Paths.class, FileSystems.class, FileInputStream.class,
            FileOutputStream.class, RandomAccessFile.class, ProcessBuilder.class, Runtime.class)
        .check(shell);
  }

  @Test
  void shell_neverReadsTheWallClock() {
    noClasses().that().resideInAPackage("dev.layerlab.shell..").should()
        .callMethod(System.class, "currentTimeMillis").orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Instant.class, "now").orShould().callConstructor(java.util.Random.class)
        .check(shell);
  }
}
