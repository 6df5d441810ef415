package dev.layerlab.build.context;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.EntryType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The build context: the files of a host directory, read into memory once and never written. Paths
 * excluded by {@code .dockerignore} are not part of it, except that the Dockerfile and the ignore
 * file stay readable by the builder ({@link #builderFile}). Immutable.
 */
public final class BuildContext {
  private final TreeMap<String, ContextEntry> entries;
  private final Map<String, ContextEntry> builderFiles;
  /** Computed once: the context never changes, and every COPY from it asks. */
  private Optional<String> digest = Optional.empty();

  private BuildContext(Map<String, ContextEntry> entries, Map<String, ContextEntry> builderFiles) {
    this.entries = new TreeMap<>(entries);
    this.builderFiles = Map.copyOf(builderFiles);
  }

  /** Reads the directory, applying the ignore rules while walking. */
  public static BuildContext read(Path root, DockerIgnore ignore) throws IOException {
    HostReader reader = new HostReader(root, ignore);
    reader.walk();
    return new BuildContext(reader.kept(), reader.builderFiles());
  }

  /** Reads the directory with the ignore file Docker would pick for the Dockerfile at its root. */
  public static BuildContext read(Path root) throws IOException {
    return read(root, DockerIgnore.load(root, root.resolve("Dockerfile")));
  }

  /** A context of small text files given as relative path → content (mode 0644). */
  public static BuildContext inMemory(Map<String, String> files) {
    Builder b = builder();
    files.forEach(b::file);
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The entry at a relative path ({@code ""} is the root); empty if missing or ignored. */
  public Optional<ContextEntry> get(String rel) {
    String key = PathClean.relative(rel);
    if (key.isEmpty()) {
      return Optional.of(ContextEntry.dir("", 0755));
    }
    return Optional.ofNullable(entries.get(key));
  }

  /** A file the builder reads even when {@code .dockerignore} excludes it (Dockerfile, ignore file). */
  public Optional<ContextEntry> builderFile(String rel) {
    String key = PathClean.relative(rel);
    return Optional.ofNullable(builderFiles.get(key)).or(() -> get(key));
  }

  /** Every entry, sorted by path (the root itself is not listed). */
  public List<ContextEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** The names directly inside a directory of the context, sorted. */
  public List<String> children(String relDir) {
    String dir = PathClean.relative(relDir);
    String prefix = dir.isEmpty() ? "" : dir + "/";
    List<String> out = new ArrayList<>();
    for (String key : entries.tailMap(prefix, true).keySet()) {
      if (!key.startsWith(prefix)) {
        break;
      }
      String rest = key.substring(prefix.length());
      if (!rest.isEmpty() && rest.indexOf('/') < 0) {
        out.add(rest);
      }
    }
    return out;
  }

  /**
   * A stable {@code sha256:} over every entry's path, type, mode, size, link target and content
   * digest (never mtime), so two contexts with the same files have the same digest.
   */
  public String digest() {
    if (digest.isEmpty()) {
      digest = Optional.of(computeDigest());
    }
    return digest.get();
  }

  private String computeDigest() {
    MessageDigest md = sha256();
    for (ContextEntry e : entries.values()) {
      String line = e.path() + "\0" + e.type() + "\0" + Integer.toOctalString(e.mode()) + "\0"
          + e.size() + "\0" + e.linkTarget().orElse("") + "\0"
          + e.content().map(Content::digest).orElse("") + "\n";
      md.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return "sha256:" + HexFormat.of().formatHex(md.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds an in-memory context; missing parent directories are added with mode 0755. */
  public static final class Builder {
    private final Map<String, ContextEntry> entries = new TreeMap<>();
    private DockerIgnore ignore = DockerIgnore.none();

    public Builder file(String rel, String utf8) {
      return file(rel, Content.of(utf8), 0644);
    }

    public Builder file(String rel, Content content, int mode) {
      return put(ContextEntry.file(PathClean.relative(rel), content, mode));
    }

    public Builder dir(String rel, int mode) {
      return put(ContextEntry.dir(PathClean.relative(rel), mode));
    }

    public Builder symlink(String rel, String target) {
      return put(ContextEntry.symlink(PathClean.relative(rel), target));
    }

    /** Applies these rules when {@link #build()} is called, as {@link #read} does. */
    public Builder ignore(DockerIgnore rules) {
      this.ignore = rules;
      return this;
    }

    public BuildContext build() {
      Map<String, ContextEntry> kept = new TreeMap<>();
      Map<String, ContextEntry> builder = new TreeMap<>();
      for (ContextEntry e : entries.values()) {
        if (!ignore.excludes(e.path())) {
          kept.put(e.path(), e);
        } else if (HostReader.isBuilderFile(e.path())) {
          builder.put(e.path(), e);
        }
      }
      return new BuildContext(kept, builder);
    }

    private Builder put(ContextEntry e) {
      if (e.path().isEmpty()) {
        throw new IllegalArgumentException("the context root is always a directory");
      }
      addParents(e.path());
      entries.put(e.path(), e);
      return this;
    }

    private void addParents(String rel) {
      int slash = rel.lastIndexOf('/');
      if (slash > 0) {
        String parent = rel.substring(0, slash);
        ContextEntry existing = entries.get(parent);
        if (existing != null && existing.type() != EntryType.DIR) {
          throw new IllegalArgumentException(parent + " is not a directory");
        }
        if (existing == null) {
          addParents(parent);
          entries.put(parent, ContextEntry.dir(parent, 0755));
        }
      }
    }
  }
}
