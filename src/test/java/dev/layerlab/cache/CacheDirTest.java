package dev.layerlab.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving merges with what another process saved in the meantime; a prune replaces. */
class CacheDirTest {
  @TempDir Path dir;

  private static CacheEntry entry(String step, String value) {
    return new CacheEntry(CacheKey.of("", List.of(KeyPart.of("instruction", value))), step, step + " " + value,
        Optional.empty(), List.of(), 1.0);
  }

  private static List<String> labels(CacheStore store) {
    return store.entries().stream().map(CacheEntry::label).sorted().toList();
  }

  @Test
  void twoStoresLoadedBeforeEitherSaved_bothKeepTheirEntries() throws IOException {
    CacheStore a = CacheDir.load(dir).store();
    CacheStore b = CacheDir.load(dir).store();
    a.put(entry("one#1", "RUN a"));
    b.put(entry("two#1", "RUN b"));
    CacheDir.merge(dir, a);
    CacheDir.merge(dir, b);
    CacheStore loaded = CacheDir.load(dir).store();
    assertThat(labels(loaded)).containsExactly("one#1 RUN a", "two#1 RUN b");
    assertThat(loaded.previous("one#1")).isPresent();
    assertThat(loaded.previous("two#1")).isPresent();
  }

  @Test
  void theSavingStore_winsTheStepsBothRan() throws IOException {
    CacheStore a = new CacheStore();
    a.put(entry("app#1", "RUN old"));
    CacheDir.merge(dir, a);
    CacheStore b = new CacheStore();
    b.put(entry("app#1", "RUN new"));
    CacheDir.merge(dir, b);
    CacheStore loaded = CacheDir.load(dir).store();
    assertThat(loaded.previous("app#1").map(CacheEntry::label)).contains("app#1 RUN new");
    assertThat(labels(loaded)).hasSize(2);
  }

  @Test
  void aPrune_isNotUndoneByWhatWasOnDisk() throws IOException {
    CacheStore a = new CacheStore();
    a.put(entry("one#1", "RUN a"));
    CacheDir.merge(dir, a);
    CacheStore loaded = CacheDir.load(dir).store();
    loaded.prune();
    CacheDir.save(dir, loaded);
    assertThat(CacheDir.load(dir).store().entries()).isEmpty();
  }

  @Test
  void mergingOverADamagedFile_replacesIt() throws IOException {
    Files.writeString(dir.resolve("cache.json"), "{\"version\":1,\"entr");
    CacheStore a = new CacheStore();
    a.put(entry("one#1", "RUN a"));
    CacheDir.merge(dir, a);
    CacheDir.Loaded loaded = CacheDir.load(dir);
    assertThat(loaded.warning()).isEmpty();
    assertThat(labels(loaded.store())).containsExactly("one#1 RUN a");
  }
}
