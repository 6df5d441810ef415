package dev.layerlab.shell.applet;

import dev.layerlab.shell.ProgramRegistry;

/** The registry entries for every applet in this package. */
public final class Applets {
  private Applets() {}

  private static int print(dev.layerlab.shell.Invocation inv, String line) {
    inv.out(line + "\n");
    return 0;
  }

  /** Adds the shell builtins ({@code echo}, {@code printf}, {@code test} …) and the applets. */
  public static ProgramRegistry addTo(ProgramRegistry registry) {
    ProgramRegistry r = registry
        .withBuiltin("echo", new Echo())
        .withBuiltin("printf", new Printf())
        .withBuiltin("test", new TestCommand())
        .withBuiltin("[", new TestCommand())
        .withBuiltin("true", Basics.status(0))
        .withBuiltin("false", Basics.status(1))
        .withBuiltin(":", Basics.status(0))
        .withBuiltin("pwd", Basics::pwd);
    r = r.with("true", Basics.status(0)).with("false", Basics.status(1)).with("echo", new Echo())
        .with("printf", new Printf()).with("test", new TestCommand()).with("[", new TestCommand()).with("pwd", Basics::pwd);
    r = r.with("cat", new Cat()).with("mkdir", new Mkdir()).with("rm", new Rm()).with("cp", new Cp())
        .with("mv", new Mv()).with("ln", new Ln()).with("touch", new Touch()).with("chmod", new Chmod())
        .with("chown", new Chown(false)).with("chgrp", new Chown(true)).with("dd", new Dd())
        .with("truncate", new Truncate()).with("head", new HeadTail(true)).with("tail", new HeadTail(false))
        .with("ls", new Ls()).with("find", new Find()).with("tar", new Tar()).with("sleep", new Sleep())
        .with("env", new Env()).with("id", new Id(false)).with("whoami", new Id(true)).with("wc", new Wc());
    return r.with("sed", new Sed()).with("grep", new Grep(false)).with("egrep", new Grep(true))
        .with("sort", new SortUniq(true)).with("uniq", new SortUniq(false))
        .with("basename", new PathParts(true)).with("dirname", new PathParts(false))
        .with("mktemp", new Mktemp()).with("which", new Which()).with("du", new Du()).with("uname", new Uname())
        .with("sh", new Sh()).with("bash", new Sh()).with("ash", new Sh()).with("dash", new Sh())
        .with("tee", Basics::tee).with("seq", Basics::seq).with("xargs", new Xargs())
        .with("cut", new Cut()).with("tr", new Tr()).with("date", new Date()).with("stat", new Stat())
        .with("install", new Install()).with("readlink", Links::readlink).with("realpath", Links::realpath)
        .with("hostname", inv -> print(inv, "buildkitsandbox")).with("nproc", inv -> print(inv, "2"));
  }
}
