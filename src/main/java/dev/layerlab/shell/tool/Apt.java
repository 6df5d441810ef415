package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.fs.Linkage;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code apt-get} and {@code apt}: {@code update} writes the package lists (lz4-compressed when the
 * image has the official {@code docker-gzip-indexes} setting), {@code install} needs them ({@code E:
 * Unable to locate package X}, exit 100), installs the closure with recommends unless {@code
 * --no-install-recommends}, asks for confirmation without {@code -y} (and aborts, as stdin is not a
 * terminal), and leaves the {@code .deb} files in {@code /var/cache/apt/archives} unless {@code
 * docker-clean} is configured. {@code remove}/{@code purge} delete what the model installed; {@code
 * clean} empties the archive cache.
 */
final class Apt implements Program {
  static final String LISTS = "/var/lib/apt/lists";
  static final String ARCHIVES = "/var/cache/apt/archives";
  private static final String CONF = "/etc/apt/apt.conf.d/";
  private final SystemPackages catalogue = new SystemPackages("apt");

  @Override
  public int run(Invocation inv) {
    ToolArgs a = ToolArgs.parse(inv.args(), Set.of("o", "t", "c"));
    if (PathNames.base(inv.name()).equals("apt")) {
      // apt says this whenever its output is not a terminal, as in every docker build
      inv.err("\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n");
    }
    if (a.operands().isEmpty()) {
      inv.err("E: Invalid operation\n");
      return 100;
    }
    List<String> names = a.operands().subList(1, a.operands().size());
    switch (a.operands().get(0)) {
      case "update": return update(inv);
      case "install": return install(inv, a, names);
      case "remove": case "purge": return new AptRemoval(inv).remove(names);
      case "autoremove": case "upgrade": case "dist-upgrade": case "autoclean":
        inv.out("Reading package lists...\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
        return 0;
      case "clean":
        new TreeWriter(inv).remove(ARCHIVES);
        new TreeWriter(inv).dir(ARCHIVES + "/partial");
        return 0;
      default:
        inv.err("E: Invalid operation " + a.operands().get(0) + "\n");
        return 100;
    }
  }

  private int update(Invocation inv) {
    JsonNode lists = catalogue.root().path("lists");
    boolean lz4 = FsText.exists(inv, CONF + "docker-gzip-indexes");
    long total = lists.path(lz4 ? "compressedBytes" : "uncompressedBytes").asLong();
    TreeWriter w = new TreeWriter(inv);
    w.dir(LISTS + "/partial");
    int i = 0;
    for (JsonNode f : lists.path("files")) {
      String name = f.get(0).asText() + (lz4 && name(f).endsWith("Packages") ? ".lz4" : "");
      w.file(LISTS + "/" + name, Math.round(total * f.get(1).asDouble()), 0644);
      inv.out("Get:" + (++i) + " http://" + name(f).replace('_', '/').replace("/dists/", " ") + "\n");
    }
    if (!dockerClean(inv)) {
      w.file("/var/cache/apt/pkgcache.bin", catalogue.root().path("pkgcacheBytes").asLong() / 2, 0644);
      w.file("/var/cache/apt/srcpkgcache.bin", catalogue.root().path("pkgcacheBytes").asLong() / 2, 0644);
    }
    inv.out("Reading package lists...\n");
    Costs.charge(inv, "apt-get update", w.written());
    return 0;
  }

  private static String name(JsonNode f) {
    return f.get(0).asText();
  }

  static boolean dockerClean(Invocation inv) {
    return FsText.exists(inv, CONF + "docker-clean");
  }

  static boolean haveLists(Invocation inv) {
    return FsText.list(inv, LISTS).stream().anyMatch(n -> !n.equals("partial") && !n.equals("lock"));
  }

  private int install(Invocation inv, ToolArgs a, List<String> names) {
    inv.out("Reading package lists...\nBuilding dependency tree...\nReading state information...\n");
    for (String n : names) {
      if (!haveLists(inv)) {
        inv.err("E: Unable to locate package " + n + "\n");
        return 100;
      }
    }
    boolean recommends = !a.has("no-install-recommends");
    List<String> todo = catalogue.closure(names, recommends, n -> installed(inv, n));
    if (todo.isEmpty()) {
      inv.out("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
      return 0;
    }
    summary(inv, todo);
    if (!a.has("y", "yes", "assume-yes", "force-yes") && todo.size() > names.size() && !a.has("qq")) {
      inv.out("Do you want to continue? [Y/n] Abort.\n");
      return 1;
    }
    TreeWriter w = new TreeWriter(inv);
    for (String p : todo) {
      unpack(inv, w, p);
    }
    Costs.charge(inv, "apt-get install", w.written());
    return 0;
  }

  private void summary(Invocation inv, List<String> todo) {
    long download = todo.stream().mapToLong(catalogue::download).sum();
    long size = todo.stream().mapToLong(catalogue::size).sum();
    inv.out("The following NEW packages will be installed:\n  " + String.join(" ", todo) + "\n");
    inv.out("0 upgraded, " + todo.size() + " newly installed, 0 to remove and 0 not upgraded.\n");
    inv.out("Need to get " + Math.round(download / 1e3) + " kB of archives.\n");
    inv.out("After this operation, " + Math.round(size / 1e6) + " MB of additional disk space will be used.\n");
    todo.stream().filter(p -> !catalogue.known(p)).forEach(p -> inv.out(
        "layerlab: no catalogue entry for " + p + "; assumed " + catalogue.size(p) + " bytes (estimate)\n"));
  }

  boolean installed(Invocation inv, String pkg) {
    if (FsText.exists(inv, "/var/lib/dpkg/info/" + pkg + ".list")) {
      return true;
    }
    List<String> bins = catalogue.bins(pkg);
    return !bins.isEmpty() && (FsText.exists(inv, "/usr/bin/" + bins.get(0)) || FsText.exists(inv, "/bin/" + bins.get(0)));
  }

  /** dpkg's work: the files, the .list, the status entry, and the archive unless docker-clean. */
  private void unpack(Invocation inv, TreeWriter w, String pkg) {
    long size = catalogue.size(pkg);
    List<String> files = new ArrayList<>();
    List<String> bins = catalogue.bins(pkg);
    long binBytes = bins.isEmpty() ? 0 : size * 3 / 10;
    for (String b : bins) {
      String path = "/usr/bin/" + b;
      w.put(path, Linkage.DYNAMIC_GLIBC.content(Math.max(1, binBytes / bins.size()), "deb:" + pkg + ":" + b), 0755);
      files.add(path);
    }
    String doc = "/usr/share/doc/" + pkg + "/copyright";
    w.text(doc, "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: " + pkg + "\n");
    files.add(doc);
    String lib = "/usr/lib/x86_64-linux-gnu/" + pkg;
    long rest = Math.max(0, size - binBytes - 100);
    w.fill(lib, pkg, TreeWriter.fileCount(rest), rest, ".so");
    files.add(lib);
    w.text("/var/lib/dpkg/info/" + pkg + ".list", String.join("\n", files) + "\n");
    if (FsText.exists(inv, "/var/lib/dpkg/status")) {
      inv.fs().append("/var/lib/dpkg/status", dev.layerlab.fs.Content.of(
          "Package: " + pkg + "\nStatus: install ok installed\nInstalled-Size: " + size / 1024 + "\n\n"));
    }
    if (!dockerClean(inv)) {
      w.file(ARCHIVES + "/" + pkg + "_amd64.deb", catalogue.download(pkg), 0644);
    }
    inv.out("Setting up " + pkg + " ...\n");
  }
}
