package dev.layerlab.build.copy;

/**
 * A COPY or ADD the real builder would refuse. The message is BuildKit's wording, ready for a
 * diagnostic; the {@link Kind} lets callers (lint, lessons) tell the cases apart.
 */
public final class CopyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the copy failed. */
  public enum Kind {
    /** A source path (or a symlink inside it) does not exist in the source tree. */
    NOT_FOUND,
    /** Several sources, but the destination is not a directory ending in {@code /}. */
    DEST_NOT_DIRECTORY,
    /** {@code --chown} names a user or group the destination's files do not know. */
    UNKNOWN_OWNER,
    /** A {@code --chmod}, wildcard or exclude pattern that does not parse. */
    BAD_FLAG,
    /** A path would have to leave the build context. */
    OUTSIDE_CONTEXT,
    /** The destination tree cannot take the copy (a file where a directory must go). */
    CONFLICT,
    /** A local archive could not be read. */
    BAD_ARCHIVE
  }

  private final Kind kind;

  public CopyException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** BuildKit's "not found" for a source path, quoted as {@code "/x"}. */
  static CopyException notFound(SourceTree src, String rootedPath) {
    return new CopyException(Kind.NOT_FOUND, "failed to compute cache key: failed to calculate "
        + "checksum of ref " + src.refId() + ": \"" + rootedPath + "\": not found");
  }

  static CopyException needsDirectory(String keyword) {
    return new CopyException(Kind.DEST_NOT_DIRECTORY, "When using " + keyword
        + " with more than one source file, the destination must be a directory and end with a /");
  }
}
