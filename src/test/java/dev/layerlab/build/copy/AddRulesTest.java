package dev.layerlab.build.copy;

import static dev.layerlab.build.copy.Layers.busybox;
import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;

class AddRulesTest {
  private final SimFs fs = busybox();

  private CopyOutcome add(BuildContext c, CopyRequest r) {
    return CopyOperation.apply(SourceTree.of(c), fs, r);
  }

  private static BuildContext withFile(String name, Content content) {
    return BuildContext.builder().file(name, content, 0644).build();
  }

  /** A tar with a 1000:1000 file, a hardlink to it and a directory. */
  private static byte[] tar() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(bytes)) {
      TarArchiveEntry dir = new TarArchiveEntry("lib/");
      dir.setMode(0750);
      t.putArchiveEntry(dir);
      t.closeArchiveEntry();
      byte[] data = "payload".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry f = new TarArchiveEntry("lib/f.so");
      f.setSize(data.length);
      f.setMode(0755);
      f.setUserId(1000);
      f.setGroupId(1000);
      t.putArchiveEntry(f);
      t.write(data);
      t.closeArchiveEntry();
      TarArchiveEntry h = new TarArchiveEntry("lib/g.so", TarArchiveEntry.LF_LINK);
      h.setLinkName("lib/f.so");
      t.putArchiveEntry(h);
      t.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] compressed(byte[] tar, boolean xz) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream c = xz ? new XZCompressorOutputStream(out) : new BZip2CompressorOutputStream(out)) {
      c.write(tar);
    }
    return out.toByteArray();
  }

  @Test
  void add_tarKeepsTheArchivesOwnersModesAndHardlinks() throws IOException {
    add(withFile("t.tar", Content.of(tar())), CopyRequest.add("/x", "t.tar"));
    assertThat(fs.stat("/x/lib").orElseThrow().mode()).isEqualTo(0750);
    assertThat(fs.stat("/x/lib/f.so").orElseThrow().uid()).isEqualTo(1000);
    assertThat(fs.content("/x/lib/g.so")).isEqualTo(Content.of("payload"));
  }

  @Test
  void add_detectsBzip2AndXz_byContentNotByName() throws IOException {
    add(withFile("a.bin", Content.of(compressed(tar(), false))), CopyRequest.add("/b/", "a.bin"));
    add(withFile("c.data", Content.of(compressed(tar(), true))), CopyRequest.add("/c/", "c.data"));
    assertThat(fs.exists("/b/lib/f.so")).isTrue();
    assertThat(fs.exists("/c/lib/f.so")).isTrue();
  }

  @Test
  void add_renamedTarGz_isStillExtracted() throws IOException {
    Content gz = RecordedScenariosTest.resource("files.tar.gz");
    add(withFile("blob", gz), CopyRequest.add("/opt/", "blob"));
    assertThat(fs.exists("/opt/pkg/bin/tool")).isTrue();
  }

  @Test
  void add_withUnpackFalse_copiesTheArchiveAsAFile() throws IOException {
    add(withFile("t.tar", Content.of(tar())), CopyRequest.add("/x/", "t.tar").withUnpack(false));
    assertThat(fs.stat("/x/t.tar").orElseThrow().isFile()).isTrue();
  }

  @Test
  void add_withChown_ownsEveryExtractedEntry() throws IOException {
    add(withFile("t.tar", Content.of(tar())), CopyRequest.add("/x/", "t.tar").withChown("7:8"));
    assertThat(fs.stat("/x/lib/f.so").orElseThrow().uid()).isEqualTo(7);
    assertThat(fs.stat("/x/lib").orElseThrow().gid()).isEqualTo(8);
  }

  @Test
  void add_aGzipThatIsNotATar_isCopiedAsAFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write("just text".getBytes(StandardCharsets.UTF_8));
    }
    add(withFile("notes.gz", Content.of(out.toByteArray())), CopyRequest.add("/n/", "notes.gz"));
    assertThat(fs.stat("/n/notes.gz").orElseThrow().isFile()).isTrue();
  }

  @Test
  void add_url_isSimulated_mode0600_basenameWhenDestEndsWithSlash_neverExtracted() {
    CopyOutcome o = add(BuildContext.builder().build(),
        CopyRequest.add("/dl/", "https://example.com/files/app.tar.gz"));
    assertThat(fs.stat("/dl/app.tar.gz").orElseThrow().mode()).isEqualTo(0600);
    assertThat(fs.stat("/dl/app.tar.gz").orElseThrow().size()).isEqualTo(1_000_000);
    assertThat(o.notes()).anyMatch(n -> n.contains("simulated download"));
    add(BuildContext.builder().build(), CopyRequest.add("/usr/bin/tini",
        "https://github.com/krallin/tini/releases/download/v0.19.0/tini"));
    assertThat(fs.stat("/usr/bin/tini").orElseThrow().size()).isEqualTo(24064);
  }

  @Test
  void add_gitUrl_isASimulatedCheckoutWithANote() {
    CopyOutcome o = add(BuildContext.builder().build(),
        CopyRequest.add("/src", "https://github.com/moby/buildkit.git#v0.12.0"));
    assertThat(fs.stat("/src").orElseThrow().isDir()).isTrue();
    assertThat(o.notes()).anyMatch(n -> n.contains("simulated git checkout"));
  }

  @Test
  void copy_neverExtractsOrFetches() throws IOException {
    add(withFile("t.tar", Content.of(tar())), CopyRequest.copy("/x/", "t.tar"));
    assertThat(fs.stat("/x/t.tar").orElseThrow().isFile()).isTrue();
  }
}
