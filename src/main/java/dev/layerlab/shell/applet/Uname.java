package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import java.util.ArrayList;
import java.util.List;

/** {@code uname [-asnrvm]}: the kernel of a BuildKit worker (hostname {@code buildkitsandbox}). */
final class Uname extends Applet {
  Uname() {
    super("asnrvmpio", "");
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    boolean all = o.has('a');
    List<String> parts = new ArrayList<>();
    boolean any = all || o.has('n') || o.has('r') || o.has('v') || o.has('m');
    if (all || o.has('s') || !any) {
      parts.add("Linux");
    }
    if (all || o.has('n')) {
      parts.add("buildkitsandbox");
    }
    if (all || o.has('r')) {
      parts.add("6.1.0-layerlab");
    }
    if (all || o.has('v')) {
      parts.add("#1 SMP PREEMPT_DYNAMIC");
    }
    if (all || o.has('m') || o.has('p') || o.has('i')) {
      parts.add(machine(inv));
    }
    if (all || o.has('o')) {
      parts.add("GNU/Linux");
    }
    inv.out(String.join(" ", parts) + "\n");
    return 0;
  }

  private static String machine(Invocation inv) {
    String arch = inv.env().getOrDefault("TARGETARCH", "amd64");
    return arch.equals("arm64") ? "aarch64" : "x86_64";
  }
}
