package dev.layerlab.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lessons in order: every folder under {@code lessons/} whose name starts with a number
 * ({@code 01-layers-are-additive}), sorted by name. The bundled course is read from the jar (or from
 * target/classes when run from the build).
 */
public record Course(List<Lesson> lessons) {
  public Course {
    lessons = List.copyOf(lessons);
  }

  /** The course shipped with layerlab. */
  public static Course bundled() {
    return from(root());
  }

  /** A course in a directory, for instructors trying a lesson before they ship it. */
  public static Course from(Path dir) {
    List<Lesson> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> folders = s.filter(Files::isDirectory).filter(p -> name(p).matches("\\d+-.+")).sorted(
          java.util.Comparator.comparing(Course::name)).toList();
      for (Path p : folders) {
        out.add(LessonReader.read(p, out.size() + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Course(out);
  }

  /** By number (1-based) or by folder name, or the part of it after the number. */
  public Optional<Lesson> find(String idOrNumber) {
    if (idOrNumber.matches("\\d+")) {
      int n = Integer.parseInt(idOrNumber);
      return n >= 1 && n <= lessons.size() ? Optional.of(lessons.get(n - 1)) : Optional.empty();
    }
    return lessons.stream().filter(l -> l.id().equals(idOrNumber) || l.id().replaceFirst("^\\d+-", "").equals(idOrNumber))
        .findFirst();
  }

  static String name(Path p) {
    return p.getFileName().toString().replaceAll("/$", "");
  }

  private static Path root() {
    URL url = Course.class.getClassLoader().getResource("lessons/README.md");
    if (url == null) {
      throw new IllegalStateException("the course is missing from the classpath (lessons/README.md)");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // Already open: the path below resolves in it.
        }
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the bundled course: " + e.getMessage(), e);
    }
  }
}
