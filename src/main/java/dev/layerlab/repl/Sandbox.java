package dev.layerlab.repl;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.build.context.ContextEntry;
import dev.layerlab.build.context.DockerIgnore;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.EntryType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a learner edits: the build context's files, the Dockerfile among them (as in a real project,
 * where {@code COPY . .} copies it too). An immutable value, so an undo snapshot is just a reference.
 */
record Sandbox(SortedMap<String, ContextEntry> entries) {
  static final String DOCKERFILE = "Dockerfile";
  static final String IGNORE = ".dockerignore";

  Sandbox {
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  static Sandbox empty() {
    return new Sandbox(new TreeMap<>());
  }

  String dockerfile() {
    return text(DOCKERFILE).orElse("");
  }

  /** The Dockerfile's lines, without their newlines. */
  List<String> lines() {
    String t = dockerfile();
    if (t.isEmpty()) {
      return List.of();
    }
    String body = t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
    return Arrays.asList(body.split("\n", -1));
  }

  Sandbox withLines(List<String> lines) {
    return withFile(DOCKERFILE, Content.of(lines.isEmpty() ? "" : String.join("\n", lines) + "\n"), modeOr(DOCKERFILE, 0644));
  }

  /** The text of a small real file; empty when missing, a directory, or synthetic content. */
  Optional<String> text(String path) {
    ContextEntry e = entries.get(path);
    if (e == null || e.content().isEmpty() || !(e.content().get() instanceof Content.Bytes b)) {
      return Optional.empty();
    }
    return Optional.of(new String(b.bytes(), StandardCharsets.UTF_8));
  }

  Optional<ContextEntry> get(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  int modeOr(String path, int fallback) {
    ContextEntry e = entries.get(path);
    return e == null ? fallback : e.mode();
  }

  /** A file at {@code path}, its missing parent directories added. */
  Sandbox withFile(String path, Content content, int mode) {
    TreeMap<String, ContextEntry> m = withParents(path);
    m.put(path, ContextEntry.file(path, content, mode));
    return new Sandbox(m);
  }

  Sandbox withDir(String path) {
    TreeMap<String, ContextEntry> m = withParents(path);
    m.putIfAbsent(path, ContextEntry.dir(path, 0755));
    return new Sandbox(m);
  }

  Sandbox withEntry(ContextEntry e) {
    TreeMap<String, ContextEntry> m = withParents(e.path());
    m.put(e.path(), e);
    return new Sandbox(m);
  }

  /** Without {@code path} and, for a directory, everything below it. */
  Sandbox without(String path) {
    TreeMap<String, ContextEntry> m = new TreeMap<>(entries);
    m.remove(path);
    m.subMap(path + "/", path + "/" + Character.MAX_VALUE).clear();
    return new Sandbox(m);
  }

  Sandbox withMode(String path, int mode) {
    ContextEntry e = entries.get(path);
    return withEntry(new ContextEntry(e.path(), e.type(), mode, e.size(), e.content(), e.linkTarget(), e.origin()));
  }

  /** The build context BuildKit would see: every entry, filtered by {@code .dockerignore} if there is one. */
  BuildContext context() {
    BuildContext.Builder b = BuildContext.builder();
    for (ContextEntry e : entries.values()) {
      if (e.type() == EntryType.DIR) {
        b.dir(e.path(), e.mode());
      } else if (e.type() == EntryType.SYMLINK) {
        b.symlink(e.path(), e.linkTarget().orElse(""));
      } else {
        b.file(e.path(), e.content().orElse(Content.empty()), e.mode());
      }
    }
    text(IGNORE).ifPresent(t -> b.ignore(DockerIgnore.parse(t)));
    return b.build();
  }

  long contextBytes() {
    return context().entries().stream().mapToLong(ContextEntry::size).sum();
  }

  private TreeMap<String, ContextEntry> withParents(String path) {
    TreeMap<String, ContextEntry> m = new TreeMap<>(entries);
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      String parent = path.substring(0, slash);
      ContextEntry p = m.get(parent);
      if (p != null && p.type() != EntryType.DIR) {
        throw new ReplException(parent + " is a file, not a directory");
      }
      m.putIfAbsent(parent, ContextEntry.dir(parent, 0755));
    }
    return m;
  }
}
