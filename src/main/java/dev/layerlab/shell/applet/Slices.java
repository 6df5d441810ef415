package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import java.util.Arrays;

/** Prefixes and suffixes of content without reading synthetic bytes. */
final class Slices {
  private Slices() {}

  static Content head(Content c, long n) {
    long size = Math.max(0, Math.min(n, c.size()));
    if (size == c.size()) {
      return c;
    }
    if (c instanceof Content.Bytes) {
      return Content.of(Arrays.copyOf(((Content.Bytes) c).bytes(), (int) size));
    }
    return Content.synthetic(size, ((Content.Synthetic) c).seed() * 31 + size);
  }

  static Content tail(Content c, long n) {
    long size = Math.max(0, Math.min(n, c.size()));
    if (size == c.size()) {
      return c;
    }
    if (c instanceof Content.Bytes) {
      byte[] b = ((Content.Bytes) c).bytes();
      return Content.of(Arrays.copyOfRange(b, b.length - (int) size, b.length));
    }
    return Content.synthetic(size, ((Content.Synthetic) c).seed() * 37 + size);
  }
}
