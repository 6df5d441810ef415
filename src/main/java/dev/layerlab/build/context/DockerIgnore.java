package dev.layerlab.build.context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a {@code .dockerignore} file, as the docker CLI and BuildKit read them: a {@code #}
 * in column 1 starts a comment, blank lines are skipped, each line is trimmed and cleaned like Go's
 * {@code filepath.Clean} with a leading {@code /} removed, {@code !} re-includes. A path is excluded
 * when the last pattern that matches it, or one of its parent directories, is not an exception.
 */
public final class DockerIgnore {
  private static final DockerIgnore NONE = new DockerIgnore(List.of());
  private final List<IgnorePattern> patterns;

  private DockerIgnore(List<IgnorePattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** No patterns: nothing is excluded. */
  public static DockerIgnore none() {
    return NONE;
  }

  /** Parses the text of a {@code .dockerignore} file. */
  public static DockerIgnore parse(String text) {
    List<IgnorePattern> out = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (String line : body.split("\r?\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      String p = line.strip();
      if (p.isEmpty()) {
        continue;
      }
      boolean exclusion = p.startsWith("!");
      if (exclusion) {
        p = p.substring(1).strip();
      }
      if (!p.isEmpty()) {
        p = PathClean.clean(p);
        if (p.length() > 1 && p.startsWith("/")) {
          p = p.substring(1);
        }
      }
      out.add(IgnorePattern.compile(p, exclusion));
    }
    return new DockerIgnore(out);
  }

  /** The patterns of lines given one by one (the form {@code --exclude} flags take). */
  public static DockerIgnore of(List<String> lines) {
    return parse(String.join("\n", lines));
  }

  /**
   * The ignore file BuildKit uses for a Dockerfile: {@code <dockerfile>.dockerignore} beside it
   * wins over {@code .dockerignore} at the context root; neither gives {@link #none()}.
   */
  public static DockerIgnore load(Path contextRoot, Path dockerfile) throws IOException {
    Path specific = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
    Path general = contextRoot.resolve(".dockerignore");
    for (Path candidate : List.of(specific, general)) {
      if (Files.isRegularFile(candidate)) {
        return parse(Files.readString(candidate, StandardCharsets.UTF_8));
      }
    }
    return none();
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** True if there is a {@code !} pattern, so an excluded directory may still hold kept paths. */
  public boolean hasExceptions() {
    return patterns.stream().anyMatch(IgnorePattern::exclusion);
  }

  /** The cleaned pattern texts, exceptions with their {@code !}. */
  public List<String> patterns() {
    return patterns.stream().map(p -> (p.exclusion() ? "!" : "") + p.text()).toList();
  }

  /**
   * Whether the relative path is excluded (patternmatcher's {@code MatchesOrParentMatches}): every
   * pattern is tried against the path and its parent directories; the last one that matches decides.
   */
  public boolean excludes(String relPath) {
    String path = PathClean.clean(relPath);
    String[] dirs = parentDirs(path);
    boolean matched = false;
    for (IgnorePattern pattern : patterns) {
      if (pattern.exclusion() != matched) {
        continue;
      }
      if (pattern.matches(path) || matchesAParent(pattern, dirs)) {
        matched = !pattern.exclusion();
      }
    }
    return matched;
  }

  /**
   * Whether a walk must still look inside an excluded directory: only when an exception pattern
   * starts with that directory's path (the docker CLI's rule).
   */
  public boolean mayReincludeBelow(String relDir) {
    String dirSlash = PathClean.clean(relDir) + "/";
    return patterns.stream()
        .anyMatch(p -> p.exclusion() && (p.text() + "/").startsWith(dirSlash));
  }

  private static String[] parentDirs(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? new String[0] : path.substring(0, slash).split("/");
  }

  private static boolean matchesAParent(IgnorePattern pattern, String[] dirs) {
    StringBuilder prefix = new StringBuilder();
    for (String dir : dirs) {
      if (prefix.length() > 0) {
        prefix.append('/');
      }
      prefix.append(dir);
      if (pattern.matches(prefix.toString())) {
        return true;
      }
    }
    return false;
  }
}
