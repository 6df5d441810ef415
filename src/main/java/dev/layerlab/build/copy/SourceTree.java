package dev.layerlab.build.copy;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.SimFs;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Where COPY reads from: the build context, or another stage's or image's filesystem
 * ({@code COPY --from}). Paths are absolute and rooted at the tree's root; symlinks are resolved
 * inside the tree and never reach the host.
 */
public interface SourceTree {

  /**
   * The entry at {@code path}: parent components are followed through symlinks, the last one only
   * when {@code followLast}. {@link Entry#path()} is the physical path.
   *
   * @throws CopyException OUTSIDE_CONTEXT if a symlink would lead out of the build context
   */
  Optional<Entry> stat(String path, boolean followLast);

  /** The names in a directory given by its physical path, sorted. */
  List<String> list(String physicalDir);

  /** The bytes of a file given by its physical path, when they can be read (for ADD's archives). */
  Optional<InputStream> open(String physicalPath);

  /** The reference BuildKit names in its messages ({@code <id>::<id>}). */
  String refId();

  static SourceTree of(BuildContext context) {
    return new ContextSource(context);
  }

  /** Another stage's or image's filesystem; {@code name} is the stage name or image reference. */
  static SourceTree of(SimFs fs, String name) {
    return new FsSource(fs, name);
  }
}
