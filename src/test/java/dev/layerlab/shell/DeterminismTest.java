package dev.layerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.SimFs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same script on the same image gives the same log and the same files, byte for byte. */
class DeterminismTest {
  private static final String SCRIPT = "t=$(mktemp); d=$(mktemp -d); echo $t $d; date; "
      + "dd if=/dev/urandom of=/rand bs=1k count=4 2>/dev/null; head -c 16 /rand | wc -c; "
      + "mkdir /a && echo x > /a/f && tar czf /a.tgz /a && ls -l /a.tgz; env | sort";

  @Test
  void sameScriptTwice_sameOutputAndContent() {
    SimFs first = TestImages.alpine();
    SimFs second = TestImages.alpine();
    ShellResult a = TestImages.run(first, SCRIPT);
    ShellResult b = TestImages.run(second, SCRIPT);
    assertThat(a.exitCode()).isZero();
    assertThat(a.output()).isEqualTo(b.output());
    for (String p : List.of("/rand", "/a.tgz", "/a/f")) {
      assertThat(first.content(p).digest()).isEqualTo(second.content(p).digest());
    }
  }
}
