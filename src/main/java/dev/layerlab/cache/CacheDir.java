package dev.layerlab.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cache kept in a directory between runs ({@code --cache-dir}), like a builder instance: one JSON
 * file, written whole to a temporary file and moved into place, under a file lock so two processes
 * sharing the directory never see half a file. A build merges what it saves with what is there, so
 * two builds sharing the directory keep each other's entries. A damaged file gives a warning and a
 * cold start.
 */
public final class CacheDir {
  private static final String FILE = "cache.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * File locks are held per JVM, not per thread: a second thread asking for one throws
   * OverlappingFileLockException. Threads of one process therefore take turns on this monitor first.
   */
  private static final Object IN_PROCESS = new Object();

  private CacheDir() {}

  /** The store and, when the file could not be read, the warning to show. */
  public record Loaded(CacheStore store, Optional<String> warning) {}

  public static Loaded load(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return new Loaded(new CacheStore(), Optional.empty());
    }
    synchronized (IN_PROCESS) {
      return loadLocked(dir, file);
    }
  }

  private static Loaded loadLocked(Path dir, Path file) {
    try (FileChannel lockChannel = lockFile(dir); FileLock lock = lockChannel.lock(0, Long.MAX_VALUE, true)) {
      return new Loaded(read(JSON.readTree(file.toFile())), Optional.empty());
    } catch (IOException | RuntimeException e) {
      return new Loaded(new CacheStore(), Optional.of("the build cache in " + dir + " is damaged ("
          + e.getClass().getSimpleName() + "): starting with a cold cache"));
    }
  }

  /** Replaces what the directory holds with this store (after a prune, which must not come back). */
  public static void save(Path dir, CacheStore store) throws IOException {
    saveLocked(dir, store, false);
  }

  /**
   * Saves this store together with what the directory holds now: another process may have saved its
   * own entries since this one loaded (see {@link CacheStore#absorb}). A damaged file is replaced.
   */
  public static void merge(Path dir, CacheStore store) throws IOException {
    saveLocked(dir, store, true);
  }

  private static void saveLocked(Path dir, CacheStore store, boolean merge) throws IOException {
    Files.createDirectories(dir);
    synchronized (IN_PROCESS) {
      try (FileChannel lockChannel = lockFile(dir); FileLock lock = lockChannel.lock()) {
        CacheStore out = store;
        if (merge && Files.exists(dir.resolve(FILE))) {
          out = store.copy();
          onDisk(dir.resolve(FILE)).ifPresent(out::absorb);
        }
        write(dir, JSON.writeValueAsBytes(write(out)));
      }
    }
  }

  /** What the file holds, or nothing when it cannot be read (it is about to be replaced). */
  private static Optional<CacheStore> onDisk(Path file) {
    try {
      return Optional.of(read(JSON.readTree(file.toFile())));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Written whole beside the file, then moved over it: a reader sees the old file or the new one. */
  private static void write(Path dir, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(dir, "cache", ".tmp");
    Files.write(tmp, bytes);
    try {
      Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static FileChannel lockFile(Path dir) throws IOException {
    return FileChannel.open(dir.resolve("cache.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.READ);
  }

  private static ObjectNode write(CacheStore store) {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", 1);
    ArrayNode entries = o.putArray("entries");
    store.entries().forEach(e -> entries.add(entry(e)));
    ObjectNode last = o.putObject("last");
    store.lastByStep().forEach((step, e) -> last.put(step, e.key().digest()));
    ObjectNode mounts = o.putObject("mounts");
    store.mounts().ids().forEach(id -> mounts.set(id, LayerJson.entries(store.mounts().contents(id))));
    ObjectNode images = o.putObject("images");
    store.images().forEach((name, image) -> images.set(name, ImageJson.write(image)));
    return o;
  }

  private static CacheStore read(JsonNode o) {
    if (o.path("version").asInt() != 1) {
      throw new IllegalStateException("unknown cache format");
    }
    CacheStore store = new CacheStore();
    Map<String, CacheEntry> byDigest = new java.util.HashMap<>();
    for (JsonNode n : o.get("entries")) {
      CacheEntry e = entry(n);
      store.put(e);
      byDigest.put(e.key().digest(), e);
    }
    o.get("last").fields().forEachRemaining(f -> Optional.ofNullable(byDigest.get(f.getValue().asText()))
        .ifPresent(e -> store.touched(e, f.getKey())));
    o.get("mounts").fields().forEachRemaining(f -> store.mounts().save(f.getKey(), LayerJson.entries(f.getValue())));
    o.get("images").fields().forEachRemaining(f -> store.tag(f.getKey(), ImageJson.read(f.getValue())));
    return store;
  }

  private static ObjectNode entry(CacheEntry e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("parent", e.key().parent()).put("digest", e.key().digest()).put("stepId", e.stepId()).put("label", e.label())
        .put("seconds", e.seconds());
    ArrayNode parts = n.putArray("parts");
    e.key().parts().forEach(p -> parts.addArray().add(p.name()).add(p.value()));
    e.layer().ifPresent(l -> n.set("layer", LayerJson.write(l)));
    ArrayNode out = n.putArray("output");
    e.output().forEach(out::add);
    return n;
  }

  private static CacheEntry entry(JsonNode n) {
    List<KeyPart> parts = new ArrayList<>();
    n.get("parts").forEach(p -> parts.add(KeyPart.of(p.get(0).asText(), p.get(1).asText())));
    CacheKey key = new CacheKey(n.get("parent").asText(), parts, n.get("digest").asText());
    List<String> output = new ArrayList<>();
    n.get("output").forEach(l -> output.add(l.asText()));
    return new CacheEntry(key, n.get("stepId").asText(), n.get("label").asText(),
        n.has("layer") ? Optional.of(LayerJson.read(n.get("layer"))) : Optional.empty(), output,
        n.get("seconds").asDouble());
  }
}
