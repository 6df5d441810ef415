package dev.layerlab.lesson;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.fs.Linkage;
import dev.layerlab.image.Image;
import dev.layerlab.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Would {@code docker run IMAGE} start? The entrypoint plus cmd must name a program the image has
 * (looked up on PATH when it has no slash), executable, and a dynamic binary's loader must be there
 * too — the "exec /server: no such file or directory" of a glibc binary in {@code scratch}. A shell-form
 * command needs {@code /bin/sh}. Lives in {@code lesson} until {@code analysis} has its own check.
 */
final class Startup {
  private Startup() {}

  /** Empty when it would start; otherwise the error the container would print. */
  static Optional<String> problem(Image image) {
    ImageConfig c = image.config();
    List<String> argv = new ArrayList<>(c.entrypoint());
    argv.addAll(c.cmd());
    if (argv.isEmpty()) {
      return Optional.of("no command specified (the image has no ENTRYPOINT or CMD)");
    }
    ImageFiles files = new ImageFiles(image);
    String program = argv.get(0);
    Optional<String> found = locate(files, program, c);
    if (found.isEmpty()) {
      return Optional.of("exec: \"" + program + "\": executable file not found in $PATH");
    }
    DiffEntry e = files.resolve(found.get()).orElseThrow();
    if ((e.mode() & 0111) == 0) {
      return Optional.of("exec " + found.get() + ": permission denied");
    }
    Optional<String> loader = e.content().flatMap(Linkage::of).flatMap(Linkage::interpreter);
    if (loader.isPresent() && files.resolve(loader.get()).isEmpty()) {
      return Optional.of("exec " + found.get() + ": no such file or directory (it is dynamically linked and "
          + loader.get() + " is not in the image)");
    }
    return Optional.empty();
  }

  private static Optional<String> locate(ImageFiles files, String program, ImageConfig c) {
    if (program.contains("/")) {
      String p = program.startsWith("/") ? program : c.workingDir() + "/" + program;
      return isFile(files, p) ? Optional.of(p) : Optional.empty();
    }
    for (String dir : path(c).split(":")) {
      if (isFile(files, dir + "/" + program)) {
        return Optional.of(dir + "/" + program);
      }
    }
    return Optional.empty();
  }

  private static boolean isFile(ImageFiles files, String path) {
    return files.resolve(path).filter(e -> e.type() == DiffType.FILE || e.type() == DiffType.HARDLINK).isPresent();
  }

  private static String path(ImageConfig c) {
    return c.env().stream().filter(e -> e.startsWith("PATH=")).map(e -> e.substring(5)).findFirst()
        .orElse("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
  }
}
