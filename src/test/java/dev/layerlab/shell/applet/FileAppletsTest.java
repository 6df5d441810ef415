package dev.layerlab.shell.applet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.Content;
import dev.layerlab.shell.ShellResult;
import org.junit.jupiter.api.Test;

class FileAppletsTest extends AppletTestBase {
  @Test
  void cat_concatenatesFilesAndStdin() {
    file("/tmp/a", "A\n");
    assertThat(out("echo S | cat /tmp/a - /tmp/a")).isEqualTo("A\nS\nA\n");
  }

  @Test
  void cat_missingFile_busyboxMessage() {
    ShellResult r = run("cat /nope");
    assertThat(r.output()).isEqualTo("cat: can't open '/nope': No such file or directory\n");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void catOfSyntheticFile_intoAnotherFile_staysSynthetic() {
    fs.writeFile("/big", Content.synthetic(5L << 30, 11), 0644, 0, 0);
    assertThat(run("cat /big > /copy").exitCode()).isZero();
    assertThat(fs.content("/copy")).isEqualTo(fs.content("/big"));
  }

  @Test
  void mkdir_withoutP_failsOnMissingParent_withP_createsAll() {
    assertThat(out("mkdir a/b")).isEqualTo("mkdir: can't create directory 'a/b': No such file or directory\n");
    assertThat(out("mkdir /tmp; echo $?")).isEqualTo("mkdir: can't create directory '/tmp': File exists\n1\n");
    assertThat(run("mkdir -p /x/y/z && mkdir -p /x/y/z").exitCode()).isZero();
    assertThat(stat("/x/y/z").isDir()).isTrue();
  }

  @Test
  void mkdir_mode() {
    run("mkdir -m 700 /secret; mkdir -p -m 0750 /p/q");
    assertThat(stat("/secret").mode()).isEqualTo(0700);
    assertThat(stat("/p/q").mode()).isEqualTo(0750);
  }

  @Test
  void rm_messagesAndFlags() {
    assertThat(out("rm /nope")).isEqualTo("rm: can't remove '/nope': No such file or directory\n");
    assertThat(run("rm -f /nope").exitCode()).isZero();
    run("mkdir -p /d/e; touch /d/e/f");
    assertThat(out("rm /d")).isEqualTo("rm: '/d' is a directory\n");
    assertThat(run("rm -rf /d").exitCode()).isZero();
    assertThat(fs.exists("/d")).isFalse();
  }

  @Test
  void touch_createsEmptyFileOwnedByUser_andFailsWithoutParent() {
    run("touch /tmp/new");
    assertThat(stat("/tmp/new").size()).isZero();
    assertThat(stat("/tmp/new").mode()).isEqualTo(0644);
    assertThat(out("touch /nope/x")).isEqualTo("touch: /nope/x: No such file or directory\n");
  }

  @Test
  void cp_fileIntoDirectory_recursiveCopy_andOmittedDirectory() {
    file("/tmp/a", "data");
    run("mkdir /dst; cp /tmp/a /dst; mkdir -p /src/sub; echo x > /src/sub/f");
    assertThat(text("/dst/a")).isEqualTo("data");
    assertThat(out("cp /src /c")).isEqualTo("cp: omitting directory '/src'\n");
    run("cp -r /src /c");
    assertThat(text("/c/sub/f")).isEqualTo("x\n");
    assertThat(out("cp /nope /x")).isEqualTo("cp: can't stat '/nope': No such file or directory\n");
  }

  @Test
  void cpA_preservesModeOwnerAndSymlinks() {
    run("mkdir /s; echo x > /s/f; chmod 600 /s/f; chown 1000:1000 /s/f; ln -s f /s/l; cp -a /s /t");
    assertThat(stat("/t/f").mode()).isEqualTo(0600);
    assertThat(stat("/t/f").uid()).isEqualTo(1000);
    assertThat(stat("/t/l").isSymlink()).isTrue();
  }

  @Test
  void mv_renamesAndMovesIntoDirectory() {
    file("/tmp/a", "1");
    run("mv /tmp/a /tmp/b; mkdir /d; mv /tmp/b /d");
    assertThat(text("/d/b")).isEqualTo("1");
    assertThat(out("mv /nope /x")).isEqualTo("mv: can't stat '/nope': No such file or directory\n");
  }

  @Test
  void ln_symbolicForceAndExisting() {
    file("/tmp/t", "t");
    run("ln -s /tmp/t /l");
    assertThat(stat("/l").linkTarget()).contains("/tmp/t");
    assertThat(out("ln -s /tmp/t /l")).isEqualTo("ln: /l: File exists\n");
    assertThat(run("ln -sf /etc /l").exitCode()).isZero();
    assertThat(stat("/l").linkTarget()).contains("/etc");
    run("ln /tmp/t /hard");
    assertThat(text("/hard")).isEqualTo("t");
  }

  @Test
  void chmod_octalAndSymbolic() {
    file("/f", "");
    run("chmod 755 /f");
    assertThat(stat("/f").mode()).isEqualTo(0755);
    run("chmod go-w,u+s /f; chmod g-x /f");
    assertThat(stat("/f").mode()).isEqualTo(04745);
    run("chmod a=r /f");
    assertThat(stat("/f").mode()).isEqualTo(0444);
    run("chmod +x /f");
    assertThat(stat("/f").mode()).isEqualTo(0555);
    run("chmod u+w,-x /f");
    assertThat(stat("/f").mode()).isEqualTo(0644);
    assertThat(out("chmod 999 /f")).isEqualTo("chmod: invalid mode '999'\n");
    assertThat(out("chmod 644 /nope")).isEqualTo("chmod: /nope: No such file or directory\n");
  }

  @Test
  void chmodR_recurses() {
    run("mkdir -p /r/s; touch /r/s/f; chmod -R 700 /r");
    assertThat(stat("/r/s/f").mode()).isEqualTo(0700);
  }

  @Test
  void chown_namesFromPasswdAndGroup_numericAndRecursive() {
    run("mkdir -p /o/p; touch /o/p/f; chown -R app:staff /o");
    assertThat(stat("/o/p/f").uid()).isEqualTo(1000);
    assertThat(stat("/o/p/f").gid()).isEqualTo(50);
    run("chown 1234 /o");
    assertThat(stat("/o").uid()).isEqualTo(1234);
    assertThat(stat("/o").gid()).isEqualTo(50);
    assertThat(out("chown ghost /o")).isEqualTo("chown: unknown user ghost\n");
    run("chgrp app /o");
    assertThat(stat("/o").gid()).isEqualTo(1000);
  }

  @Test
  void dd_fromZero_writesSyntheticFileOfTheRightSize() {
    ShellResult r = run("dd if=/dev/zero of=/z bs=1M count=3");
    assertThat(r.exitCode()).isZero();
    assertThat(r.output()).startsWith("3+0 records in\n3+0 records out\n3145728 bytes");
    assertThat(fs.content("/z")).isInstanceOf(Content.Synthetic.class);
    assertThat(stat("/z").size()).isEqualTo(3L << 20);
    run("dd if=/dev/zero of=/k bs=4k count=2 status=none; dd if=/dev/urandom of=/u bs=512 count=1 2>/dev/null");
    assertThat(stat("/k").size()).isEqualTo(8192);
    assertThat(stat("/u").size()).isEqualTo(512);
  }

  @Test
  void dd_withoutCountFromZero_refuses() {
    assertThat(run("dd if=/dev/zero of=/z").exitCode()).isEqualTo(1);
  }

  @Test
  void truncate_growsWithoutBytesAndShrinks() {
    file("/t", "hello world");
    run("truncate -s 5 /t");
    assertThat(text("/t")).isEqualTo("hello");
    run("truncate -s 2G /big");
    assertThat(stat("/big").size()).isEqualTo(2L << 30);
  }

  @Test
  void ls_plainAndLongAndAll() {
    run("mkdir /l; touch /l/b /l/a /l/.h; ln -s a /l/s");
    assertThat(out("ls /l")).isEqualTo("a\nb\ns\n");
    assertThat(out("ls -a /l")).isEqualTo(".\n..\n.h\na\nb\ns\n");
    assertThat(out("ls -l /l/s")).isEqualTo("lrwxrwxrwx    1 root     root             1 Jan  1 00:00 /l/s -> a\n");
    assertThat(out("ls /nope")).isEqualTo("ls: /nope: No such file or directory\n");
  }

  @Test
  void find_nameTypeDeleteAndExec() {
    run("mkdir -p /f/a/b; touch /f/x.txt /f/a/y.txt /f/a/b/z.log");
    assertThat(out("find /f -name '*.txt'")).isEqualTo("/f/a/y.txt\n/f/x.txt\n");
    assertThat(out("cd /f && find . -type d")).isEqualTo(".\n./a\n./a/b\n");
    assertThat(out("find /f -type f -exec basename {} \\;")).isEqualTo("z.log\ny.txt\nx.txt\n");
    assertThat(out("find /f \\( -name '*.log' -o -name 'x*' \\) -type f")).isEqualTo("/f/a/b/z.log\n/f/x.txt\n");
    assertThat(out("find /f ! -name '*.txt' -type f -o -name a")).isEqualTo("/f/a\n/f/a/b/z.log\n");
    run("find /f -name '*.log' -delete");
    assertThat(fs.exists("/f/a/b/z.log")).isFalse();
  }

  @Test
  void tar_createThenExtract_roundTripsPathsModesAndContents() {
    run("mkdir -p /src/d; echo hi > /src/d/f; chmod 751 /src/d/f; ln -s f /src/d/l; "
        + "dd if=/dev/zero of=/src/big bs=1M count=50 2>/dev/null");
    ShellResult r = run("cd /src && tar czf /tmp/a.tgz d big && mkdir /out && tar -xzf /tmp/a.tgz -C /out");
    assertThat(r.exitCode()).isZero();
    assertThat(text("/out/d/f")).isEqualTo("hi\n");
    assertThat(stat("/out/d/f").mode()).isEqualTo(0751);
    assertThat(stat("/out/d/l").linkTarget()).contains("f");
    assertThat(fs.content("/out/big")).isEqualTo(fs.content("/src/big"));
    assertThat(out("tar tf /tmp/a.tgz")).isEqualTo("d/\nd/f\nd/l\nbig\n");
  }

  @Test
  void tar_onSomethingElse_isInvalidMagic() {
    file("/nottar", "plain");
    assertThat(out("tar xf /nottar")).isEqualTo("tar: invalid tar magic\n");
  }

  @Test
  void du_summarizesInBlocks() {
    run("mkdir /du; dd if=/dev/zero of=/du/f bs=1M count=2 2>/dev/null");
    assertThat(out("du -s /du")).isEqualTo("2052\t/du\n");
    assertThat(out("du -sh /du")).isEqualTo("2.0M\t/du\n");
  }

  @Test
  void mktemp_createsAFreshNameUnderTmp() {
    ShellResult r = run("a=$(mktemp); b=$(mktemp -d); [ -f $a ] && [ -d $b ] && [ $a != $b ] && echo ok");
    assertThat(r.output()).isEqualTo("ok\n");
  }
}
