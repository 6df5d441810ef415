package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code truncate -s SIZE FILE...}: growing adds zero bytes (synthetic, never allocated). */
final class Truncate extends Applet {
  Truncate() {
    super("c", "s");
  }

  @Override
  int run(Invocation inv, Options o, List<String> files) {
    if (o.value('s').isEmpty() || files.isEmpty()) {
      return inv.fail(o.value('s').isEmpty() ? "you must specify '-s'" : "missing file operand");
    }
    OptionalLong size = Sizes.parse(o.value('s').get());
    if (size.isEmpty()) {
      return inv.fail("invalid number '" + o.value('s').get() + "'");
    }
    int status = 0;
    for (String f : files) {
      String path = inv.resolve(f);
      try {
        Optional<Entry> e = inv.fs().statFollow(path);
        if (e.isEmpty() && o.has('c')) {
          continue;
        }
        Content old = e.isPresent() ? inv.fs().content(path) : Content.empty();
        Content next = size.getAsLong() <= old.size()
            ? Slices.head(old, size.getAsLong())
            : grow(old, size.getAsLong() - old.size());
        inv.fs().writeFile(path, next, e.map(Entry::mode).orElse(0644), e.map(Entry::uid).orElse(inv.uid()),
            e.map(Entry::gid).orElse(inv.gid()));
      } catch (FsException x) {
        status = inv.fail("can't open '" + f + "': " + x.reason());
      }
    }
    return status;
  }

  private static Content grow(Content old, long extra) {
    Content zeros = Content.synthetic(extra, 0);
    return old.size() == 0 ? zeros : old.append(zeros);
  }
}
