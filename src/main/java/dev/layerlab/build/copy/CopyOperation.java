package dev.layerlab.build.copy;

import dev.layerlab.build.context.DockerIgnore;
import dev.layerlab.build.context.PathClean;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.EntryType;
import dev.layerlab.fs.SimFs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * COPY and ADD (BuildKit's rules) as one operation on a destination {@link SimFs}. The caller opens
 * and closes the step around {@link #apply}. Sources are cleaned and rooted at the source root, so
 * {@code ../x} means {@code /x}; patterns expand in lexical order; a directory copies its contents; a
 * file lands at {@code dest/<name>} when dest ends with {@code /} or is a directory, else at dest.
 */
public final class CopyOperation {
  private final SourceTree src;
  private final SimFs dest;
  private final CopyRequest req;
  private final Placer placer;
  private final Optional<Owner> chown;
  private final String destPath;
  private final boolean destIsDir;
  private final DockerIgnore excludes;
  private final List<CopyOutcome.Copied> copied = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private CopyOperation(SourceTree src, SimFs dest, CopyRequest req) {
    this.src = src;
    this.dest = dest;
    this.req = req;
    Owner owner = Owner.resolve(req.chown(), dest);
    this.chown = req.chown().map(c -> owner);
    this.excludes = DockerIgnore.of(req.excludes());
    this.placer = new Placer(src, dest, owner, Chmod.parse(req.chmod()), excludes);
    String d = req.dest();
    this.destIsDir = d.isEmpty() || d.equals(".") || d.endsWith("/");
    this.destPath = PathClean.clean(d.startsWith("/") ? d : PathClean.join(
        PathClean.rooted(req.workdir()), d.isEmpty() ? "." : d));
  }

  /** Copies the request's sources from {@code src} into {@code dest}. */
  public static CopyOutcome apply(SourceTree src, SimFs dest, CopyRequest req) {
    return new CopyOperation(src, dest, req).run();
  }

  private CopyOutcome run() {
    int count = req.sources().size() + req.inlineFiles().size();
    if (count > 1 && !destIsDir) {
      throw CopyException.needsDirectory(req.keyword());
    }
    req.inlineFiles().forEach(this::inline);
    for (String word : req.sources()) {
      source(word);
    }
    return new CopyOutcome(copied, notes);
  }

  private void source(String word) {
    if (req.kind() == CopyRequest.Kind.ADD && Downloads.isGit(word)) {
      git(word);
    } else if (req.kind() == CopyRequest.Kind.ADD && Downloads.isUrl(word)) {
      url(word);
    } else if (GoGlob.hasMeta(word)) {
      wildcard(word);
    } else {
      String rooted = PathClean.rooted(word);
      Entry e = src.stat(rooted, true).orElseThrow(() -> CopyException.notFound(src, rooted));
      one(rooted, pivot(word), e);
    }
  }

  private void wildcard(String word) {
    List<String> matches = Wildcards.expand(src, PathClean.rooted(word));
    if (matches.isEmpty()) {
      // dockerd 20.10's BuildKit (scenario fail-copy-wildcard-no-match) succeeds with an empty layer.
      notes.add("no source matched " + word + "; nothing was copied");
      return;
    }
    if (matches.size() > 1 && !destIsDir && !isDirectory(destPath)) {
      throw CopyException.needsDirectory(req.keyword());
    }
    for (String m : matches) {
      if (excludes.excludes(m.substring(1))) {
        continue;
      }
      Entry e = src.stat(m, true).orElseThrow(() -> CopyException.notFound(src, m));
      one(m, pivot(word).isEmpty() ? "" : pivotMatch(word, m), e);
    }
  }

  private void one(String rooted, String parentsRel, Entry e) {
    if (!rooted.equals("/") && excludes.excludes(rooted.substring(1))) {
      return;
    }
    ensureDest();
    Checksum sum = new Checksum(rooted.substring(1));
    if (req.kind() == CopyRequest.Kind.ADD && e.type() == EntryType.FILE && unpacks()
        && extracted(e, sum)) {
      // The legacy builder names an extracted archive by the archive file's own hash.
      LegacyHash archive = new LegacyHash(rooted.substring(1));
      archive.add("", e);
      copied.add(new CopyOutcome.Copied(rooted, destPath, sum.size(), sum.digest(), archive::value));
      return;
    }
    String target = target(rooted, parentsRel, e);
    placer.place(e, target, sum);
    copied.add(new CopyOutcome.Copied(rooted, target, sum.size(), sum.digest(), sum::legacyHash));
  }

  /** Where a source goes: fsutil's {@code prepareTargetDir} plus {@code --parents}. */
  private String target(String rooted, String parentsRel, Entry e) {
    if (req.parents()) {
      String rel = parentsRel.isEmpty() ? rooted.substring(1) : parentsRel;
      String t = PathClean.join(destPath, rel);
      copyParentDirs(rooted, rel);
      return t;
    }
    String t = destPath;
    if (!e.isDir() && isDirectory(destPath)) {
      t = PathClean.join(destPath, PathClean.base(rooted));
    }
    placer.mkdirs(PathClean.parent(t));
    return t;
  }

  // --parents: the directories between dest and the source keep the source directories' metadata.
  private void copyParentDirs(String rooted, String rel) {
    String[] parts = rel.split("/");
    String srcDir = PathClean.parent(rooted);
    String base = srcDir;
    for (int i = 0; i < parts.length - 1; i++) {
      base = PathClean.parent(base);
    }
    String at = destPath;
    String from = base;
    for (int i = 0; i < parts.length - 1; i++) {
      at = PathClean.join(at, parts[i]);
      from = PathClean.join(from, parts[i]);
      if (dest.statFollow(at).isEmpty()) {
        Entry dir = src.stat(from, true).orElseThrow();
        placer.mkdirs(PathClean.parent(at));
        dest.mkdir(at, dir.mode(), chown.orElse(Owner.ROOT).uid(), chown.orElse(Owner.ROOT).gid());
      }
    }
  }

  /** The part after a {@code /./} pivot in a --parents source, or "" when there is none. */
  private static String pivot(String word) {
    int i = word.lastIndexOf("/./");
    if (i >= 0) {
      return PathClean.relative(word.substring(i + 3));
    }
    return "";
  }

  private static String pivotMatch(String word, String match) {
    int depth = PathClean.rooted(word.substring(0, word.lastIndexOf("/./"))).split("/").length - 1;
    String[] parts = match.substring(1).split("/");
    return String.join("/", java.util.Arrays.copyOfRange(parts, depth, parts.length));
  }

  private boolean isDirectory(String path) {
    return dest.statFollow(path).map(Entry::isDir).orElse(false);
  }

  private boolean unpacks() {
    return req.unpack().orElse(true);
  }

  private boolean extracted(Entry e, Checksum sum) {
    Optional<InputStream> raw = src.open(e.path());
    if (raw.isEmpty()) {
      return false;
    }
    try (InputStream in = raw.get()) {
      Optional<InputStream> tar = Archive.tarStream(in);
      if (tar.isEmpty()) {
        return false;
      }
      placer.mkdirs(destPath);
      Archive.extract(tar.get(), dest, destPath, chown, sum);
      notes.add("extracted the archive " + e.path() + " into " + destPath);
      return true;
    } catch (IOException | UncheckedIOException ex) {
      throw new CopyException(CopyException.Kind.BAD_ARCHIVE,
          "failed to copy files: reading archive " + e.path() + ": " + ex.getMessage());
    }
  }

  // fsutil creates the destination (dest itself when it ends with '/', else its parent) per source
  // it copies, so a wildcard that matches nothing leaves no trace.
  private void ensureDest() {
    placer.mkdirs(destIsDir ? destPath : PathClean.parent(destPath));
  }

  private void inline(CopyRequest.InlineFile f) {
    ensureDest();
    String target = destIsDir || isDirectory(destPath) ? PathClean.join(destPath, f.name()) : destPath;
    Entry e = new Entry("/" + f.name(), EntryType.FILE, f.mode(), 0, 0, f.content().size(),
        Optional.of(f.content()), Optional.empty());
    Checksum sum = new Checksum();
    placer.mkdirs(PathClean.parent(target));
    placer.place(e, target, sum);
    copied.add(new CopyOutcome.Copied("<<" + f.name(), target, sum.size(), sum.digest()));
  }

  private void url(String url) {
    ensureDest();
    String target = destIsDir ? PathClean.join(destPath, Downloads.fileName(url)) : destPath;
    long size = Downloads.sizeOf(url);
    Content content = Content.synthetic(size, ("url:" + url).hashCode());
    Entry e = new Entry("/" + Downloads.fileName(url), EntryType.FILE, 0600, 0, 0, size,
        Optional.of(content), Optional.empty());
    Checksum sum = new Checksum();
    placer.mkdirs(PathClean.parent(target));
    placer.place(e, target, sum);
    copied.add(new CopyOutcome.Copied(url, target, size, sum.digest()));
    notes.add("simulated download of " + url + ": " + size + " bytes"
        + (Downloads.known(url) ? " (size from the catalogue)" : " (unknown URL, default size)")
        + "; nothing was fetched and a remote archive is never extracted");
  }

  private void git(String url) {
    placer.mkdirs(destPath);
    Checksum sum = new Checksum();
    sum.addText(url, 0);
    copied.add(new CopyOutcome.Copied(url, destPath, 0, sum.digest()));
    notes.add("simulated git checkout of " + url + " into " + destPath
        + ": layerlab does not clone, the directory stays empty");
  }
}
