package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.Set;

/**
 * {@code git clone [--depth N] [-b BRANCH] URL [DIR]}: RUN has no network, so the checkout is
 * simulated — a working tree of {@value #TREE_BYTES} bytes (estimate) and a {@code .git} with the pack
 * (the whole history, or a tenth of it with {@code --depth}). Other git commands do nothing.
 */
final class Git implements Program {
  private static final long TREE_BYTES = 2_000_000;

  @Override
  public int run(Invocation inv) {
    ToolArgs a = ToolArgs.parse(inv.args(), Set.of("depth", "b", "branch", "c", "C", "origin"));
    if (a.operands().isEmpty() || !a.operands().get(0).equals("clone")) {
      return 0;
    }
    if (a.operands().size() < 2) {
      inv.err("fatal: You must specify a repository to clone.\n");
      return 128;
    }
    String url = a.operands().get(1);
    String name = PathNames.base(url.replaceFirst("/+$", "")).replaceFirst("\\.git$", "");
    String dir = inv.resolve(a.operands().size() > 2 ? a.operands().get(2) : name);
    if (FsText.exists(inv, dir) && !FsText.list(inv, dir).isEmpty()) {
      inv.err("fatal: destination path '" + (a.operands().size() > 2 ? a.operands().get(2) : name)
          + "' already exists and is not an empty directory.\n");
      return 128;
    }
    inv.err("Cloning into '" + PathNames.base(dir) + "'...\n");
    TreeWriter w = new TreeWriter(inv);
    w.text(dir + "/README.md", "# " + name + "\n\n(simulated checkout of " + url + ")\n");
    w.fill(dir + "/src", "file", 30, TREE_BYTES, ".txt");
    long pack = a.has("depth") ? TREE_BYTES / 2 : TREE_BYTES * 5;
    w.text(dir + "/.git/HEAD", "ref: refs/heads/" + a.value("b").or(() -> a.value("branch")).orElse("main") + "\n");
    w.text(dir + "/.git/config", "[core]\n\trepositoryformatversion = 0\n[remote \"origin\"]\n\turl = " + url + "\n");
    w.file(dir + "/.git/objects/pack/pack-" + String.format("%016x", TreeWriter.seed(url)) + ".pack", pack, 0444);
    w.file(dir + "/.git/index", 20_000, 0644);
    Costs.charge(inv, "git clone", w.written());
    return 0;
  }
}
