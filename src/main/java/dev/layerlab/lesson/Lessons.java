package dev.layerlab.lesson;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.build.context.DockerIgnore;
import dev.layerlab.fs.Content;
import java.nio.charset.StandardCharsets;

/** A lesson's start state as the build sees it. */
public final class Lessons {
  private Lessons() {}

  public static String dockerfile(Lesson lesson) {
    return new String(lesson.files().get("Dockerfile").bytes(), StandardCharsets.UTF_8);
  }

  /** The start files as a build context, filtered by the start's {@code .dockerignore}, if any. */
  public static BuildContext context(Lesson lesson) {
    BuildContext.Builder b = BuildContext.builder();
    new java.util.TreeMap<>(lesson.files()).forEach((path, f) -> b.file(path, Content.of(f.bytes()), f.mode()));
    Lesson.StartFile ignore = lesson.files().get(".dockerignore");
    if (ignore != null) {
      b.ignore(DockerIgnore.parse(new String(ignore.bytes(), StandardCharsets.UTF_8)));
    }
    return b.build();
  }
}
