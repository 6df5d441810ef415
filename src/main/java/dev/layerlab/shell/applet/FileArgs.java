package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import java.util.Optional;

/** Reading and probing files the way every applet needs: {@code -} is stdin, devices are special. */
final class FileArgs {
  private FileArgs() {}

  /** A file's content; {@code -} is stdin and {@code /dev/null} is empty. */
  static Content read(Invocation inv, String operand) {
    if (operand.equals("-")) {
      return inv.stdin();
    }
    String path = inv.resolve(operand);
    if (path.equals("/dev/null")) {
      return Content.empty();
    }
    if (path.equals("/dev/zero") || path.equals("/dev/urandom") || path.equals("/dev/random")) {
      throw new dev.layerlab.shell.ShellLimitException(
          "layerlab: " + operand + " is endless; read it with dd bs=… count=… or head -c");
    }
    return inv.fs().content(path);
  }

  static Optional<Entry> lstat(Invocation inv, String operand) {
    return inv.fs().stat(inv.resolve(operand));
  }

  static Optional<Entry> stat(Invocation inv, String operand) {
    return inv.fs().statFollow(inv.resolve(operand));
  }

  static boolean isDir(Invocation inv, String operand) {
    return stat(inv, operand).map(Entry::isDir).orElse(false);
  }

  static FsException notFound(String path) {
    return new FsException(FsException.Kind.NOT_FOUND, path);
  }
}
