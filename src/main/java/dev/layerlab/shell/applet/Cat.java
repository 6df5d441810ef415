package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import java.util.ArrayList;
import java.util.List;

/** {@code cat [FILE]...}; {@code -} or no file reads stdin. Synthetic content passes through as is. */
final class Cat extends Applet {
  Cat() {
    super("uvetAn", "");
  }

  @Override
  int run(Invocation inv, Options o, List<String> files) {
    List<Content> parts = new ArrayList<>();
    int status = 0;
    for (String f : files.isEmpty() ? List.of("-") : files) {
      try {
        parts.add(FileArgs.read(inv, f));
      } catch (FsException e) {
        status = e.kind() == FsException.Kind.IS_A_DIRECTORY
            ? inv.fail("read error: Is a directory")
            : inv.fail("can't open '" + f + "': " + e.reason());
      }
    }
    inv.out(ContentText.concat(parts));
    return status;
  }
}
