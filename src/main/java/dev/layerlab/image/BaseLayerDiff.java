package dev.layerlab.image;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.LayerDiff;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalogued base layer as a filesystem diff the build lays down with {@code SimFs.apply}: small
 * files keep their real text, big ones are synthetic (a size and a seed, no bytes).
 */
public final class BaseLayerDiff {
  private BaseLayerDiff() {}

  public static LayerDiff of(BaseLayer layer) {
    List<DiffEntry> entries = new ArrayList<>(layer.entries().size());
    for (TreeEntry e : layer.entries()) {
      entries.add(switch (e.type()) {
        case DIR -> DiffEntry.dir(e.path(), e.mode(), e.uid(), e.gid());
        case SYMLINK -> DiffEntry.symlink(e.path(), e.link().orElse(""), e.uid(), e.gid());
        case FILE -> DiffEntry.file(e.path(), content(e), e.mode(), e.uid(), e.gid());
      });
    }
    return new LayerDiff(entries);
  }

  public static Layer toLayer(BaseLayer layer) {
    return new Layer(layer.createdBy(), of(layer), layer.size(), layer.digest(), true, layer.compressedSize());
  }

  private static Content content(TreeEntry e) {
    return e.text().map(t -> Content.of(t.getBytes(StandardCharsets.UTF_8)))
        .orElseGet(() -> Content.synthetic(e.size(), e.seed()));
  }
}
