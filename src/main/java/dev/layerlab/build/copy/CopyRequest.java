package dev.layerlab.build.copy;

import dev.layerlab.fs.Content;
import java.util.List;
import java.util.Optional;

/**
 * One COPY or ADD, with every word already expanded.
 *
 * @param kind COPY or ADD (ADD extracts local archives and fetches URLs)
 * @param sources the source words as written after expansion ({@code src}, {@code *.txt}, a URL)
 * @param dest the destination word; relative to {@code workdir}, a trailing {@code /} means a directory
 * @param workdir the stage's working directory (absolute)
 * @param chown {@code user[:group]}, names or numbers
 * @param chmod octal ({@code 755}) or symbolic ({@code u=rwX,go=rX})
 * @param link {@code --link}: the same files; only the cache and layer merging differ
 * @param parents {@code --parents}: keep the source path below the root
 * @param excludes {@code --exclude} patterns, dockerignore syntax
 * @param unpack ADD {@code --unpack}; empty means the default (extract local archives)
 * @param inlineFiles heredoc sources ({@code COPY <<EOF /dest}), copied before {@code sources}
 */
public record CopyRequest(
    Kind kind,
    List<String> sources,
    String dest,
    String workdir,
    Optional<String> chown,
    Optional<String> chmod,
    boolean link,
    boolean parents,
    List<String> excludes,
    Optional<Boolean> unpack,
    List<InlineFile> inlineFiles) {

  /** COPY or ADD. */
  public enum Kind { COPY, ADD }

  /** A heredoc source: a file of that name with that content, mode 0644. */
  public record InlineFile(String name, Content content, int mode) {
    public InlineFile(String name, String text) {
      this(name, Content.of(text), 0644);
    }
  }

  public CopyRequest {
    sources = List.copyOf(sources);
    excludes = List.copyOf(excludes);
    inlineFiles = List.copyOf(inlineFiles);
  }

  /** {@code COPY sources... dest} in workdir {@code /}, no flags. */
  public static CopyRequest copy(String dest, String... sources) {
    return new CopyRequest(Kind.COPY, List.of(sources), dest, "/", Optional.empty(),
        Optional.empty(), false, false, List.of(), Optional.empty(), List.of());
  }

  /** {@code ADD sources... dest} in workdir {@code /}, no flags. */
  public static CopyRequest add(String dest, String... sources) {
    return copy(dest, sources).withKind(Kind.ADD);
  }

  public CopyRequest withKind(Kind k) {
    return new CopyRequest(k, sources, dest, workdir, chown, chmod, link, parents, excludes, unpack,
        inlineFiles);
  }

  public CopyRequest withWorkdir(String w) {
    return new CopyRequest(kind, sources, dest, w, chown, chmod, link, parents, excludes, unpack,
        inlineFiles);
  }

  public CopyRequest withChown(String c) {
    return new CopyRequest(kind, sources, dest, workdir, Optional.of(c), chmod, link, parents,
        excludes, unpack, inlineFiles);
  }

  public CopyRequest withChmod(String c) {
    return new CopyRequest(kind, sources, dest, workdir, chown, Optional.of(c), link, parents,
        excludes, unpack, inlineFiles);
  }

  public CopyRequest withParents(boolean p) {
    return new CopyRequest(kind, sources, dest, workdir, chown, chmod, link, p, excludes, unpack,
        inlineFiles);
  }

  public CopyRequest withExcludes(List<String> e) {
    return new CopyRequest(kind, sources, dest, workdir, chown, chmod, link, parents, e, unpack,
        inlineFiles);
  }

  public CopyRequest withUnpack(boolean u) {
    return new CopyRequest(kind, sources, dest, workdir, chown, chmod, link, parents, excludes,
        Optional.of(u), inlineFiles);
  }

  public CopyRequest withInlineFiles(List<InlineFile> files) {
    return new CopyRequest(kind, sources, dest, workdir, chown, chmod, link, parents, excludes,
        unpack, files);
  }

  /** COPY or ADD, as the messages print it. */
  public String keyword() {
    return kind.name();
  }
}
