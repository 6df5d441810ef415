package dev.layerlab.shell;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import java.util.List;

/** Small images built in memory for the shell tests. */
final class TestImages {
  static final List<String> APPLETS = List.of(
      "sh", "ash", "cat", "mkdir", "rm", "cp", "mv", "ln", "touch", "chmod", "chown", "chgrp", "dd", "truncate",
      "head", "tail", "ls", "find", "tar", "sleep", "env", "id", "whoami", "wc", "sed", "grep", "sort", "uniq",
      "basename", "dirname", "mktemp", "which", "du", "uname", "echo", "printf", "test", "[", "true", "false",
      "pwd", "tee", "seq", "xargs", "cut", "tr", "date", "stat", "install", "readlink", "realpath",
      "hostname", "nproc");

  private TestImages() {}

  /** An Alpine-like image: busybox with applet symlinks, passwd with root and app (1000). */
  static SimFs alpine() {
    SimFs fs = SimFs.create();
    for (String d : List.of("/bin", "/etc", "/tmp", "/root", "/usr", "/usr/bin", "/home", "/home/app", "/var")) {
      fs.mkdir(d, 0755, 0, 0);
    }
    fs.chmod("/tmp", 01777);
    fs.chown("/home/app", 1000, 1000);
    fs.writeFile("/bin/busybox", Content.synthetic(900_000, 7), 0755, 0, 0);
    for (String applet : APPLETS) {
      fs.symlink("/bin/" + applet, "/bin/busybox", 0, 0);
    }
    fs.writeFile("/etc/passwd", Content.of("root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n"), 0644, 0, 0);
    fs.writeFile("/etc/group", Content.of("root:x:0:\nstaff:x:50:\napp:x:1000:\n"), 0644, 0, 0);
    return fs;
  }

  /** An image with only a shell: nothing else is on PATH. */
  static SimFs shellOnly() {
    SimFs fs = SimFs.create();
    fs.mkdir("/bin", 0755, 0, 0);
    fs.writeFile("/bin/sh", Content.synthetic(100_000, 3), 0755, 0, 0);
    return fs;
  }

  static ShellResult run(SimFs fs, String script) {
    return Shell.run(script, ShellContext.of(fs));
  }

  static String text(SimFs fs, String path) {
    return ContentText.text(fs.content(path));
  }
}
