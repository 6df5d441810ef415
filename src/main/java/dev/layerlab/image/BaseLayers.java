package dev.layerlab.image;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.fs.SimFs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns catalogued base layers into the {@link LayerDiff}s the simulated filesystem lays down, so a
 * {@code FROM} starts from the image's real tree. Small real files keep their text; big ones become
 * synthetic content with the entry's stable seed, so digests never depend on the run.
 */
public final class BaseLayers {

  private BaseLayers() {}

  /**
   * Diffs already made, by layer digest (derived from the layer's data, so equal digests mean equal
   * diffs): each catalogued layer is converted once per process instead of once per FROM.
   */
  private static final Map<String, LayerDiff> DIFFS = new ConcurrentHashMap<>();

  /** One base layer as a layer diff (base layers have no whiteouts). */
  public static LayerDiff toDiff(BaseLayer layer) {
    return DIFFS.computeIfAbsent(layer.digest(), d -> convert(layer));
  }

  private static LayerDiff convert(BaseLayer layer) {
    List<DiffEntry> entries = new ArrayList<>(layer.entries().size());
    for (TreeEntry e : layer.entries()) {
      entries.add(toDiffEntry(e));
    }
    return LayerDiff.sorted(entries);
  }

  /** A fresh filesystem with every layer of the image applied, bottom first. */
  public static SimFs toFs(BaseImage image) {
    SimFs fs = SimFs.create();
    for (BaseLayer layer : image.layers()) {
      fs.apply(toDiff(layer));
    }
    return fs;
  }

  private static DiffEntry toDiffEntry(TreeEntry e) {
    switch (e.type()) {
      case DIR:
        return DiffEntry.dir(e.path(), e.mode(), e.uid(), e.gid());
      case SYMLINK:
        return DiffEntry.symlink(e.path(), e.link().orElseThrow(), e.uid(), e.gid());
      default:
        Content content = e.text().map(Content::of)
            .orElseGet(() -> Content.synthetic(e.size(), e.seed()));
        return DiffEntry.file(e.path(), content, e.mode(), e.uid(), e.gid());
    }
  }
}
