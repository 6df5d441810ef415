package dev.layerlab.shell.tool;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Linkage;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Alpine's {@code apk add|del|update}. {@code add} fetches the index itself; without {@code --no-cache}
 * the index stays in {@code /var/cache/apk} (the bytes {@code --no-cache} saves). Packages are added to
 * {@code /etc/apk/world}; {@code --virtual NAME} (or {@code -t}) groups them so {@code apk del NAME}
 * removes them all. Each package's files are listed in {@code /lib/apk/db/layerlab/<pkg>.list}, a
 * modelling aid (real apk keeps them in {@code /lib/apk/db/installed}, which the catalogue ships as
 * modelled content).
 */
final class Apk implements Program {
  private static final String WORLD = "/etc/apk/world";
  private static final String DB = "/lib/apk/db/layerlab/";
  private final SystemPackages catalogue = new SystemPackages("apk");

  @Override
  public int run(Invocation inv) {
    ToolArgs a = ToolArgs.parse(inv.args(), Set.of("virtual", "t", "X", "repository"));
    if (a.operands().isEmpty()) {
      inv.err("apk-tools 2.14.0, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n");
      return 1;
    }
    List<String> names = a.operands().subList(1, a.operands().size());
    switch (a.operands().get(0)) {
      case "add": return add(inv, a, names);
      case "del": return del(inv, names);
      case "update":
        index(inv);
        inv.out("OK: 23000 distinct packages available\n");
        return 0;
      case "cache":
        new TreeWriter(inv).remove("/var/cache/apk");
        new TreeWriter(inv).dir("/var/cache/apk");
        return 0;
      default:
        inv.out("OK\n");
        return 0;
    }
  }

  private long index(Invocation inv) {
    long bytes = catalogue.root().path("index").path("bytes").asLong();
    TreeWriter w = new TreeWriter(inv);
    w.file("/var/cache/apk/APKINDEX.1f2b3c4d.tar.gz", bytes * 35 / 100, 0644);
    w.file("/var/cache/apk/APKINDEX.5e6f7a8b.tar.gz", bytes * 65 / 100, 0644);
    return bytes;
  }

  private int add(Invocation inv, ToolArgs a, List<String> names) {
    inv.out("fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz\n");
    if (!a.has("no-cache")) {
      index(inv);
    }
    List<String> todo = catalogue.closure(names, false, n -> installed(inv, n));
    TreeWriter w = new TreeWriter(inv);
    int i = 0;
    for (String p : todo) {
      inv.out("(" + (++i) + "/" + todo.size() + ") Installing " + p + "\n");
      unpack(w, p);
    }
    String virtual = a.value("virtual").or(() -> a.value("t")).orElse("");
    world(inv, virtual.isEmpty() ? names : List.of(virtual));
    if (!virtual.isEmpty()) {
      w.text(DB + virtual + ".virtual", String.join("\n", todo) + "\n");
    }
    long total = todo.stream().mapToLong(catalogue::size).sum();
    inv.out("OK: " + Math.round(total / 1e6) + " MiB in " + todo.size() + " packages\n");
    Costs.charge(inv, "apk add", w.written());
    return 0;
  }

  private boolean installed(Invocation inv, String pkg) {
    if (FsText.exists(inv, DB + pkg + ".list")) {
      return true;
    }
    List<String> bins = catalogue.bins(pkg);
    return !bins.isEmpty() && (FsText.exists(inv, "/usr/bin/" + bins.get(0)) || FsText.exists(inv, "/bin/" + bins.get(0)));
  }

  private void unpack(TreeWriter w, String pkg) {
    long size = catalogue.size(pkg);
    List<String> files = new ArrayList<>();
    List<String> bins = catalogue.bins(pkg);
    long binBytes = bins.isEmpty() ? 0 : size * 3 / 10;
    for (String b : bins) {
      w.put("/usr/bin/" + b, Linkage.DYNAMIC_MUSL.content(Math.max(1, binBytes / bins.size()), "apk:" + pkg + b), 0755);
      files.add("/usr/bin/" + b);
    }
    String lib = "/usr/lib/" + pkg;
    w.fill(lib, pkg, TreeWriter.fileCount(size - binBytes), size - binBytes, ".so");
    files.add(lib);
    w.text(DB + pkg + ".list", String.join("\n", files) + "\n");
  }

  private void world(Invocation inv, List<String> names) {
    Set<String> world = new LinkedHashSet<>();
    FsText.read(inv, WORLD).ifPresent(t -> world.addAll(List.of(t.split("\n"))));
    world.remove("");
    world.addAll(names);
    inv.fs().mkdirs("/etc/apk", 0755, 0, 0);
    inv.fs().writeFile(WORLD, Content.of(String.join("\n", world) + "\n"), 0644, 0, 0);
  }

  private int del(Invocation inv, List<String> names) {
    TreeWriter w = new TreeWriter(inv);
    List<String> packages = new ArrayList<>();
    for (String n : names) {
      FsText.read(inv, DB + n + ".virtual").ifPresentOrElse(
          t -> packages.addAll(List.of(t.split("\n"))), () -> packages.add(n));
      w.remove(DB + n + ".virtual");
    }
    for (String p : packages) {
      FsText.read(inv, DB + p + ".list").ifPresent(t -> List.of(t.split("\n")).forEach(w::remove));
      w.remove(DB + p + ".list");
    }
    Set<String> world = new LinkedHashSet<>();
    FsText.read(inv, WORLD).ifPresent(t -> world.addAll(List.of(t.split("\n"))));
    world.removeAll(names);
    inv.fs().writeFile(WORLD, Content.of(String.join("\n", world) + "\n"), 0644, 0, 0);
    inv.out("OK: " + packages.size() + " packages removed\n");
    Costs.charge(inv, "apk del", 0);
    return 0;
  }
}
