package dev.layerlab.image;

import java.util.List;

/**
 * An image: its layers bottom first, its config and its history (every row, empty-layer rows too).
 */
public record Image(List<Layer> layers, ImageConfig config, List<HistoryRow> history) {
  public Image {
    layers = List.copyOf(layers);
    history = List.copyOf(history);
  }

  /** What {@code docker images} shows: the sum of the layers' sizes. */
  public long size() {
    return layers.stream().mapToLong(Layer::size).sum();
  }

  /** The image ID: a digest of the config and the layer digests, as a real image ID is. */
  public String id() {
    StringBuilder sb = new StringBuilder(config.toString());
    layers.forEach(l -> sb.append('\n').append(l.digest()));
    history.forEach(h -> sb.append('\n').append(h.createdBy()));
    return ContentDigest.of(sb.toString());
  }
}
