package dev.layerlab.build.copy;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.fs.SimFs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Another stage's or image's filesystem as a COPY source; its own root bounds every symlink. */
final class FsSource implements SourceTree {
  private final SimFs fs;
  private final String name;

  FsSource(SimFs fs, String name) {
    this.fs = fs;
    this.name = name;
  }

  @Override
  public Optional<Entry> stat(String path, boolean followLast) {
    try {
      return followLast ? fs.statFollow(path) : fs.stat(path);
    } catch (FsException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> list(String physicalDir) {
    return fs.list(physicalDir);
  }

  @Override
  public Optional<InputStream> open(String physicalPath) {
    Content c = fs.content(physicalPath);
    if (c instanceof Content.Bytes b) {
      return Optional.of(new ByteArrayInputStream(b.bytes()));
    }
    return Optional.empty();
  }

  @Override
  public String refId() {
    String hex = Integer.toHexString(name.hashCode() & 0x7fffffff);
    return name + "::" + hex;
  }
}
