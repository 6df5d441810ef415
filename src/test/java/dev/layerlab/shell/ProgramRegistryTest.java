package dev.layerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import org.junit.jupiter.api.Test;

class ProgramRegistryTest {
  private final SimFs fs = TestImages.alpine();

  @Test
  void toolModel_runsWhenTheImageHasTheProgram() {
    fs.writeFile("/usr/bin/apt-get", Content.synthetic(300_000, 2), 0755, 0, 0);
    ProgramRegistry programs = ProgramRegistry.standard().with("apt-get", inv -> {
      inv.fs().writeFile("/var/marker", Content.of(String.join(" ", inv.args())), 0644, inv.uid(), inv.gid());
      inv.out("Reading package lists...\n");
      return 0;
    });
    ShellResult r = Shell.run("apt-get install -y curl", ShellContext.of(fs).withPrograms(programs));
    assertThat(r.output()).isEqualTo("Reading package lists...\n");
    assertThat(TestImages.text(fs, "/var/marker")).isEqualTo("install -y curl");
  }

  @Test
  void toolModel_withoutTheFile_isNotFound() {
    ProgramRegistry programs = ProgramRegistry.standard().with("npm", inv -> 0);
    ShellResult r = Shell.run("npm ci", ShellContext.of(fs).withPrograms(programs));
    assertThat(r.exitCode()).isEqualTo(127);
    assertThat(r.output()).isEqualTo("/bin/sh: npm: not found\n");
  }

  @Test
  void programsAreFoundByTheBasenameOfWhatPathLookupFinds() {
    fs.writeFile("/usr/bin/ruby3.1", Content.synthetic(10, 1), 0755, 0, 0);
    fs.symlink("/usr/bin/ruby", "ruby3.1", 0, 0);
    ProgramRegistry programs = ProgramRegistry.standard().with("ruby3.1", inv -> {
      inv.out("rb " + inv.name() + "\n");
      return 0;
    });
    assertThat(Shell.run("ruby", ShellContext.of(fs).withPrograms(programs)).output()).isEqualTo("rb ruby\n");
  }

  @Test
  void standardRegistry_listsBuiltinsAndApplets() {
    ProgramRegistry standard = ProgramRegistry.standard();
    assertThat(standard.builtinNames()).contains("echo", "printf", "test", "[", "true", "false", ":", "pwd");
    assertThat(standard.programNames()).contains("ls", "cat", "tar", "dd", "sed", "grep", "find", "sh");
  }
}
