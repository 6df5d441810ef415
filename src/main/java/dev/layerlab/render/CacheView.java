package dev.layerlab.render;

import dev.layerlab.cache.CacheEntry;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.image.Layer;

/** {@code cache ls} and {@code cache du}: what the builder's cache holds, like {@code docker builder du}. */
public final class CacheView {
  private CacheView() {}

  public static String list(CacheStore store, int width) {
    TabTable t = new TabTable(10, 3).row("KEY", "SIZE", "STEP");
    for (CacheEntry e : store.entries()) {
      t.row(e.key().digest().substring(7, 19), Sizes.human(e.layer().map(Layer::size).orElse(0L)),
          Text.ellipsis(e.label().replace('\n', ' '), Math.max(20, width - 32)));
    }
    store.images().keySet().forEach(name -> t.row("image", Sizes.human(store.image(name).orElseThrow().size()), name));
    return t.render();
  }

  public static String usage(CacheStore store) {
    long mounts = store.mounts().ids().stream().mapToLong(id -> store.mounts().size(id)).sum();
    return "entries:       " + store.entries().size() + "\n"
        + "layers:        " + Sizes.human(store.size()) + "\n"
        + "cache mounts:  " + store.mounts().ids().size() + " (" + Sizes.human(mounts) + ")\n"
        + "tagged images: " + store.images().size() + "\n";
  }
}
