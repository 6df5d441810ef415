package dev.layerlab.build.copy;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.EntryType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash the legacy builder writes into a COPY or ADD history row ({@code COPY file:<hash> in /dst}),
 * as it computes it (reproduced exactly against recorded builds):
 * <ul>
 *   <li>one entry: tarsum v1 — SHA-256 over the header fields name, mode, uid, gid, size, typeflag,
 *       linkname, uname, gname, devmajor, devminor (each key then its value, no separators), then the
 *       content. The name is the path in the context (a directory's ends in {@code /}), the mode carries
 *       the type bits ({@code 33188} for a 0644 file), owners are 0 with no names (the CLI sends the
 *       context as root);
 *   <li>a file source: {@code file:} and its entry's hash;
 *   <li>a directory source: {@code dir:} and the SHA-256 of the sorted hashes of every entry in it,
 *       itself included (not the context root), joined by commas;
 *   <li>several sources: {@code multi:} and the SHA-256 of their hashes joined by commas.
 * </ul>
 * A big file the simulation keeps as a size (synthetic) has no bytes; its content digest stands in.
 */
final class LegacyHash {
  private final String sourceName;
  /** The entries by their tar names; hashed only when asked (only the legacy builder asks). */
  private final List<Named> entries = new ArrayList<>();
  private boolean directory;

  private record Named(String name, Entry entry, boolean source) {}

  /** @param sourceName the source's path in its tree, without the leading slash ({@code ""} for the root) */
  LegacyHash(String sourceName) {
    this.sourceName = sourceName;
  }

  /** An entry at {@code rel} below the source ({@code ""} for the source itself). */
  void add(String rel, Entry e) {
    directory = directory || e.isDir() || !rel.isEmpty();
    String name = sourceName.isEmpty() ? rel : rel.isEmpty() ? sourceName : sourceName + "/" + rel;
    if (!name.isEmpty()) { // the context root itself is not hashed
      entries.add(new Named(e.isDir() ? name + "/" : name, e, rel.isEmpty()));
    }
  }

  String value() {
    if (!directory) {
      return "file:" + entries.stream().filter(Named::source).findFirst().map(n -> tarsum(n.name(), n.entry()))
          .orElse("");
    }
    List<String> sorted = new ArrayList<>(entries.stream().map(n -> tarsum(n.name(), n.entry())).toList());
    sorted.sort(null);
    return "dir:" + sha256(String.join(",", sorted));
  }

  /** {@code multi:} over several sources' values, in source order. */
  static String multi(List<String> values) {
    return "multi:" + sha256(String.join(",", values));
  }

  private static String tarsum(String name, Entry e) {
    MessageDigest md = digest();
    String[][] fields = {{"name", name}, {"mode", Long.toString(typeBits(e.type()) | (e.mode() & 07777))},
        {"uid", "0"}, {"gid", "0"}, {"size", Long.toString(e.type() == EntryType.FILE ? e.size() : 0)},
        {"typeflag", typeflag(e.type())}, {"linkname", e.linkTarget().orElse("")}, {"uname", ""}, {"gname", ""},
        {"devmajor", "0"}, {"devminor", "0"}};
    for (String[] f : fields) {
      md.update((f[0] + f[1]).getBytes(StandardCharsets.UTF_8));
    }
    e.content().ifPresent(c -> md.update(c instanceof Content.Bytes b ? b.bytes()
        : c.digest().getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(md.digest());
  }

  private static long typeBits(EntryType t) {
    switch (t) {
      case DIR: return 040000;
      case SYMLINK: return 0120000;
      default: return 0100000;
    }
  }

  private static String typeflag(EntryType t) {
    switch (t) {
      case DIR: return "5";
      case SYMLINK: return "2";
      default: return "0";
    }
  }

  private static String sha256(String text) {
    return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
