package dev.layerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpreterTest {
  private final SimFs fs = TestImages.alpine();

  private ShellResult run(String script) {
    return TestImages.run(fs, script);
  }

  @Test
  void setE_failingCommandOnTheLeftOfAndAnd_doesNotExit() {
    ShellResult r = run("set -e; false && echo no; echo still here");
    assertThat(r.output()).isEqualTo("still here\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void setE_failingPlainCommand_exitsWithItsStatus() {
    ShellResult r = run("set -e; false; echo x");
    assertThat(r.output()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void setE_failingLastCommandOfAndList_exits() {
    ShellResult r = run("set -e; true && false; echo x");
    assertThat(r.output()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void setE_ignoresConditionsNegationAndOrLists() {
    ShellResult r = run("set -e; if false; then :; fi; ! true; false || true; while false; do :; done; echo ok");
    assertThat(r.output()).isEqualTo("ok\n");
  }

  @Test
  void setE_failingSubshell_exits() {
    assertThat(run("set -e; (false); echo x").exitCode()).isEqualTo(1);
  }

  @Test
  void withoutSetE_scriptStatusIsTheLastCommands() {
    assertThat(run("false; true").exitCode()).isZero();
    assertThat(run("true; false").exitCode()).isEqualTo(1);
  }

  @Test
  void exit_stopsTheScriptWithItsStatus() {
    ShellResult r = run("echo a; exit 3; echo b");
    assertThat(r.output()).isEqualTo("a\n");
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void exitInSubshell_endsOnlyTheSubshell() {
    assertThat(run("(exit 4); echo $?").output()).isEqualTo("4\n");
  }

  @Test
  void subshell_changesToDirectoryAndVariables_doNotLeak_butFilesDo() {
    ShellResult r = run("x=1; (cd /tmp; x=2; touch made); echo $x $(pwd); ls /tmp");
    assertThat(r.output()).isEqualTo("1 /\nmade\n");
  }

  @Test
  void commandNotFound_printsBusyboxMessageAndExits127() {
    ShellResult r = run("npm install");
    assertThat(r.output()).isEqualTo("/bin/sh: npm: not found\n");
    assertThat(r.exitCode()).isEqualTo(127);
  }

  @Test
  void programsExistOnlyIfTheImageHasThem() {
    SimFs bare = TestImages.shellOnly();
    ShellResult r = TestImages.run(bare, "echo builtin works; ls /");
    assertThat(r.output()).isEqualTo("builtin works\n/bin/sh: ls: not found\n");
    assertThat(r.exitCode()).isEqualTo(127);
  }

  @Test
  void programOnPathWithoutModel_isReportedAndDoesNothing() {
    fs.writeFile("/usr/bin/terraform", Content.synthetic(200_000, 9), 0755, 0, 0);
    ShellResult r = run("terraform init | sh; echo done");
    assertThat(r.unmodelled()).containsExactly("terraform");
    assertThat(r.output()).isEqualTo("done\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void missingShell_isADistinctOutcome() {
    ShellResult r = Shell.run("echo hi", ShellContext.of(SimFs.create()));
    assertThat(r.outcome()).isEqualTo(ShellResult.Outcome.SHELL_MISSING);
    assertThat(r.error()).contains(
        "runc run failed: unable to start container process: exec: \"/bin/sh\": stat /bin/sh: no such file or directory");
    assertThat(r.succeeded()).isFalse();
  }

  @Test
  void customShell_isLookedUpInTheImage() {
    ShellResult r = Shell.run("echo hi", ShellContext.of(fs).withShell(List.of("/bin/bash", "-c")));
    assertThat(r.outcome()).isEqualTo(ShellResult.Outcome.SHELL_MISSING);
  }

  @Test
  void user_isResolvedThroughPasswd() {
    ShellResult r = Shell.run("id; touch /tmp/mine; ls -ln /tmp/mine", ShellContext.of(fs).withUser("app"));
    // No supplementary groups: /etc/group lists app in none, and runc gives a process only those.
    assertThat(r.lines().get(0)).isEqualTo("uid=1000(app) gid=1000(app)");
    assertThat(fs.stat("/tmp/mine").orElseThrow().uid()).isEqualTo(1000);
    assertThat(Shell.run("id -u", ShellContext.of(fs).withUser("4242:50")).output()).isEqualTo("4242\n");
  }

  @Test
  void unknownUser_isADistinctOutcome() {
    ShellResult r = Shell.run("id", ShellContext.of(fs).withUser("nobody"));
    assertThat(r.outcome()).isEqualTo(ShellResult.Outcome.USER_UNKNOWN);
    assertThat(r.error()).contains("unable to find user nobody: no matching entries in passwd file");
  }

  @Test
  void workdirAndEnv_comeFromTheContext() {
    fs.mkdir("/app", 0755, 0, 0);
    ShellResult r = Shell.run("pwd; echo $MODE; env | grep MODE",
        ShellContext.of(fs).withWorkdir("/app").withEnv(Map.of("MODE", "prod")));
    assertThat(r.output()).isEqualTo("/app\nprod\nMODE=prod\n");
  }

  @Test
  void cd_toMissingDirectory_printsBusyboxMessage() {
    ShellResult r = run("cd /nope");
    assertThat(r.output()).isEqualTo("/bin/sh: cd: can't cd to /nope: No such file or directory\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void export_andPrefixAssignments_reachPrograms() {
    assertThat(run("export A=1; B=2 env | grep -E '^(A|B)='; env | grep -c '^B='").output())
        .isEqualTo("A=1\nB=2\n0\n");
  }

  @Test
  void unset_removesVariables() {
    assertThat(run("x=1; unset x; echo [${x-gone}]").output()).isEqualTo("[gone]\n");
  }

  @Test
  void redirects_writeAppendReadAndDiscard() {
    ShellResult r = run("echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f; echo gone > /dev/null; "
        + "ls /nope 2>/dev/null; echo $?; ls /nope 2>&1 | grep -c nope");
    assertThat(r.output()).isEqualTo("one\ntwo\n1\n1\n");
    assertThat(TestImages.text(fs, "/tmp/f")).isEqualTo("one\ntwo\n");
  }

  @Test
  void redirectIntoMissingDirectory_fails() {
    ShellResult r = run("echo x > /nope/f");
    assertThat(r.output()).isEqualTo("/bin/sh: can't create /nope/f: nonexistent directory\n");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void inputFromMissingFile_fails() {
    assertThat(run("cat < /nope").output()).isEqualTo("/bin/sh: can't open '/nope': No such file or directory\n");
  }

  @Test
  void stderrToStdout_orderMatters() {
    assertThat(run("ls /nope > /tmp/out 2>&1; cat /tmp/out").output()).contains("No such file");
  }

  @Test
  void braceGroupRedirect_collectsAllOutput() {
    run("{ echo a; echo b; } > /tmp/g");
    assertThat(TestImages.text(fs, "/tmp/g")).isEqualTo("a\nb\n");
  }

  @Test
  void pipes_feedStdoutToStdin_andStatusIsTheLastCommands() {
    assertThat(run("printf 'b\\na\\nb\\n' | sort | uniq -c").output()).isEqualTo("      1 a\n      2 b\n");
    assertThat(run("false | true").exitCode()).isZero();
    assertThat(run("true | false").exitCode()).isEqualTo(1);
  }

  @Test
  void functions_takeArgumentsAndReturn() {
    assertThat(run("f() { echo $1-$2; return 3; }; f a b; echo $?").output()).isEqualTo("a-b\n3\n");
  }

  @Test
  void loops_breakAndContinue() {
    assertThat(run("for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done").output())
        .isEqualTo("1\n3\n");
    assertThat(run("i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i").output()).isEqualTo("3\n");
    assertThat(run("i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i").output()).isEqualTo("2\n");
  }

  @Test
  void xtrace_printsCommandsWithPlus() {
    assertThat(run("set -x; echo hi").output()).isEqualTo("+ echo hi\nhi\n");
  }

  @Test
  void commandV_findsBuiltinsAndPrograms() {
    assertThat(run("command -v echo ls nope; echo $?").output()).isEqualTo("echo\n/bin/ls\n1\n");
  }

  @Test
  void shDashC_runsAChildShellWithArguments() {
    assertThat(run("sh -c 'echo $0 $1; exit 5' name arg; echo $?").output()).isEqualTo("name arg\n5\n");
  }

  @Test
  void shReadsScriptFromStdin() {
    assertThat(run("echo 'echo from stdin' | sh").output()).isEqualTo("from stdin\n");
  }

  @Test
  void eval_andSource_runInTheCurrentShell() {
    fs.writeFile("/tmp/lib.sh", Content.of("LIBVAR=loaded\n"), 0644, 0, 0);
    assertThat(run("eval 'x=1'; . /tmp/lib.sh; echo $x $LIBVAR").output()).isEqualTo("1 loaded\n");
  }

  @Test
  void sleep_isRecordedNotWaited() {
    long start = System.nanoTime();
    ShellResult r = run("sleep 30; sleep 1.5 2m");
    assertThat(r.sleptSeconds()).isEqualTo(151.5);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void syntaxError_isExit2WithDashMessage() {
    ShellResult r = run("echo 'unterminated");
    assertThat(r.output()).isEqualTo("/bin/sh: 1: Syntax error: Unterminated quoted string\n");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.outcome()).isEqualTo(ShellResult.Outcome.COMPLETED);
  }

  @Test
  void runHeredocAsScript_isPlainShell() {
    String body = "set -e\nmkdir -p /srv\ncat > /srv/conf <<CONF\nport=80\nCONF\n";
    assertThat(run(body).exitCode()).isZero();
    assertThat(TestImages.text(fs, "/srv/conf")).isEqualTo("port=80\n");
  }

  @Test
  void read_splitsALineIntoVariables() {
    assertThat(run("echo 'a b c' | { read x y; echo $y-$x; }").output()).isEqualTo("b c-a\n");
  }

  @Test
  void whileRead_consumesTheInputLineByLine() {
    fs.writeFile("/tmp/list", Content.of("a 1\nb 2\n"), 0644, 0, 0);
    assertThat(run("while read name n; do echo $n$name; done < /tmp/list").output()).isEqualTo("1a\n2b\n");
    assertThat(run("printf 'x\\ny\\n' | while read l; do echo [$l]; done").output()).isEqualTo("[x]\n[y]\n");
  }

  @Test
  void execForm_runsTheProgramWithoutShellOrExpansion() {
    ShellResult r = Shell.exec(List.of("echo", "$HOME", "*"), ShellContext.of(fs));
    assertThat(r.output()).isEqualTo("$HOME *\n");
  }

  @Test
  void execForm_missingProgram_isADistinctOutcome() {
    ShellResult r = Shell.exec(List.of("node", "app.js"), ShellContext.of(fs));
    assertThat(r.outcome()).isEqualTo(ShellResult.Outcome.EXECUTABLE_MISSING);
    assertThat(r.error()).contains("runc run failed: unable to start container process: "
        + "exec: \"node\": executable file not found in $PATH");
  }

  @Test
  void resultLines_splitTheLog() {
    assertThat(run("echo a; echo b").lines()).containsExactly("a", "b");
    assertThat(run("true").lines()).isEmpty();
  }

  @Test
  void quotedAt_givesOneFieldPerParameter() {
    assertThat(run("set -- 'a b' c; for x in \"$@\"; do echo [$x]; done; set --; for x in \"$@\"; do echo no; done")
        .output()).isEqualTo("[a b]\n[c]\n");
  }

  @Test
  void pipefail_fromSetOrFromTheShellArgv() {
    assertThat(run("set -o pipefail; false | true; echo $?").output()).isEqualTo("1\n");
    fs.writeFile("/bin/bash", Content.synthetic(1_000_000, 4), 0755, 0, 0);
    ShellResult r = Shell.run("false | true", ShellContext.of(fs).withShell(List.of("/bin/bash", "-o", "pipefail", "-c")));
    assertThat(r.exitCode()).isEqualTo(1);
    ShellResult e = Shell.run("false; echo x", ShellContext.of(fs).withShell(List.of("/bin/sh", "-ec")));
    assertThat(e.output()).isEmpty();
  }

  @Test
  void scriptFiles_runThroughTheirShebangOrTheShell() {
    fs.writeFile("/usr/bin/hello", Content.of("#!/bin/sh\necho hello $1\n"), 0755, 0, 0);
    fs.writeFile("/tmp/plain", Content.of("echo plain\n"), 0755, 0, 0);
    fs.writeFile("/tmp/noexec", Content.of("echo x\n"), 0644, 0, 0);
    fs.writeFile("/tmp/self", Content.of("#!/tmp/self\n"), 0755, 0, 0);
    assertThat(run("hello world; /tmp/plain").output()).isEqualTo("hello world\nplain\n");
    ShellResult denied = run("/tmp/noexec");
    assertThat(denied.output()).isEqualTo("/bin/sh: /tmp/noexec: Permission denied\n");
    assertThat(denied.exitCode()).isEqualTo(126);
    assertThat(run("/tmp/self").outcome()).isEqualTo(ShellResult.Outcome.LIMIT_EXCEEDED);
  }

  @Test
  void pipesOfManySmallWrites_stayRealTextBeyondOneMebibyte() {
    ShellResult r = run("for i in $(seq 1 40000); do echo 0123456789012345678901234567890123456789; done | wc -l");
    assertThat(r.output()).isEqualTo("40000\n");
  }

  @Test
  void numericUserWithoutPasswdEntry_getsGroupRoot_likeRunc() {
    // What the real builder printed for USER 1000 (scenario metadata-only-instructions: 21 bytes).
    assertThat(Shell.run("id", ShellContext.of(fs).withUser("4242")).output()).isEqualTo("uid=4242 gid=0(root)\n");
  }
}
