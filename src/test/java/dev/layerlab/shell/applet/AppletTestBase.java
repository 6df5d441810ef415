package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.SimFs;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Shell;
import dev.layerlab.shell.ShellContext;
import dev.layerlab.shell.ShellResult;
import java.util.List;

/** An Alpine-like image (busybox applets on /bin) for applet tests. */
abstract class AppletTestBase {
  static final List<String> APPLETS = List.of(
      "sh", "cat", "mkdir", "rm", "cp", "mv", "ln", "touch", "chmod", "chown", "chgrp", "dd", "truncate", "head",
      "tail", "ls", "find", "tar", "sleep", "env", "id", "whoami", "wc", "sed", "grep", "egrep", "sort", "uniq",
      "basename", "dirname", "mktemp", "which", "du", "uname", "tee", "seq", "xargs", "cut", "tr", "date", "stat", "install", "readlink", "realpath",
      "hostname", "nproc");

  final SimFs fs = image();

  static SimFs image() {
    SimFs fs = SimFs.create();
    for (String d : List.of("/bin", "/etc", "/tmp", "/root", "/home", "/home/app")) {
      fs.mkdir(d, 0755, 0, 0);
    }
    fs.chmod("/tmp", 01777);
    fs.writeFile("/bin/busybox", Content.synthetic(900_000, 7), 0755, 0, 0);
    for (String applet : APPLETS) {
      fs.symlink("/bin/" + applet, "/bin/busybox", 0, 0);
    }
    fs.writeFile("/etc/passwd", Content.of("root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n"),
        0644, 0, 0);
    fs.writeFile("/etc/group", Content.of("root:x:0:\nstaff:x:50:\napp:x:1000:\n"), 0644, 0, 0);
    return fs;
  }

  ShellResult run(String script) {
    return Shell.run(script, ShellContext.of(fs));
  }

  String out(String script) {
    return run(script).output();
  }

  String text(String path) {
    return ContentText.text(fs.content(path));
  }

  Entry stat(String path) {
    return fs.stat(path).orElseThrow();
  }

  void file(String path, String content) {
    fs.writeFile(path, Content.of(content), 0644, 0, 0);
  }
}
