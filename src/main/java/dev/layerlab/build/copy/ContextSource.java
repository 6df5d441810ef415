package dev.layerlab.build.copy;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.build.context.ContextEntry;
import dev.layerlab.build.context.PathClean;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build context as a COPY source. Symlinks are resolved inside the context; one whose target is
 * absolute or climbs above the root is kept as a link, and reading through it is refused.
 */
final class ContextSource implements SourceTree {
  private static final int MAX_LINKS = 40;
  private final BuildContext context;

  ContextSource(BuildContext context) {
    this.context = context;
  }

  @Override
  public Optional<Entry> stat(String path, boolean followLast) {
    Optional<String> physical = resolve(PathClean.rooted(path), followLast);
    return physical.flatMap(p -> context.get(p).map(e -> toEntry(p, e)));
  }

  @Override
  public List<String> list(String physicalDir) {
    return context.children(physicalDir);
  }

  @Override
  public Optional<InputStream> open(String physicalPath) {
    Optional<ContextEntry> e = context.get(physicalPath);
    if (e.isEmpty() || e.get().content().isEmpty()) {
      return Optional.empty();
    }
    if (e.get().content().get() instanceof Content.Bytes b) {
      return Optional.of(new ByteArrayInputStream(b.bytes()));
    }
    return e.get().origin().map(ContextSource::openHost);
  }

  @Override
  public String refId() {
    String hex = context.digest().substring("sha256:".length());
    return hex.substring(0, 25) + "::" + hex.substring(25, 50);
  }

  private static InputStream openHost(java.nio.file.Path p) {
    try {
      return Files.newInputStream(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Entry toEntry(String physical, ContextEntry e) {
    return new Entry(physical, e.type(), e.mode(), 0, 0, e.size(), e.content(), e.linkTarget());
  }

  /** The physical path, or empty when a component is missing. */
  private Optional<String> resolve(String rooted, boolean followLast) {
    return resolve(rooted, followLast, 0);
  }

  private Optional<String> resolve(String rooted, boolean followLast, int links) {
    String[] names = rooted.substring(1).split("/");
    String at = "/";
    for (int i = 0; i < names.length; i++) {
      if (names[i].isEmpty()) {
        continue;
      }
      String next = PathClean.join(at, names[i]);
      Optional<ContextEntry> e = context.get(next);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      boolean last = i == names.length - 1;
      if (e.get().linkTarget().isEmpty() || (last && !followLast)) {
        at = next;
        continue;
      }
      if (links >= MAX_LINKS) {
        return Optional.empty();
      }
      Optional<String> target = resolve(inside(rooted, next, e.get().linkTarget().get()), true,
          links + 1);
      if (target.isEmpty()) {
        return Optional.empty();
      }
      at = target.get();
    }
    return Optional.of(at);
  }

  /** Where the link leads, checked to stay inside the context. */
  private static String inside(String asked, String link, String target) {
    String joined = PathClean.parent(link) + "/" + target;
    if (target.startsWith("/") || climbsOut(joined)) {
      throw new CopyException(CopyException.Kind.OUTSIDE_CONTEXT, "failed to compute cache key: \""
          + asked + "\": symlink " + link + " -> " + target + " leads out of the build context");
    }
    return PathClean.clean(joined);
  }

  private static boolean climbsOut(String absolute) {
    int depth = 0;
    for (String part : absolute.split("/")) {
      if (part.equals("..")) {
        depth--;
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }
}
