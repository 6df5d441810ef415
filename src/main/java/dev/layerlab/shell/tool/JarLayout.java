package dev.layerlab.shell.tool;

import dev.layerlab.fs.Content;
import java.util.Optional;

/**
 * What a modelled jar holds, carried in its synthetic content as {@link dev.layerlab.fs.Linkage} does for
 * binaries: the seed's low 16 bits are a tag ({@code 0xB007} for a Spring Boot jar, {@code 0xA4A0} for a
 * plain one), bits 16–25 the share of the bytes in {@code BOOT-INF/lib} (per mille), bits 26–33 the
 * number of library jars. {@code jar -xf} and Spring Boot's layertools read it back to extract a
 * realistic tree from a file that has no bytes.
 *
 * @param boot whether it is a Spring Boot executable jar
 * @param libPermille the share of the jar that is library jars
 * @param libJars how many library jars
 */
record JarLayout(boolean boot, int libPermille, int libJars) {
  private static final long BOOT = 0xB007L;
  private static final long PLAIN = 0xA4A0L;

  Content content(long size, String identity) {
    long seed = (TreeWriter.seed("jar:" + identity) & ~((1L << 34) - 1)) | ((long) Math.min(255, libJars) << 26)
        | ((long) Math.min(1000, libPermille) << 16) | (boot ? BOOT : PLAIN);
    return Content.synthetic(size, seed);
  }

  static Optional<JarLayout> of(Content content) {
    if (!(content instanceof Content.Synthetic s)) {
      return Optional.empty();
    }
    long tag = s.seed() & 0xFFFF;
    if (tag != BOOT && tag != PLAIN) {
      return Optional.empty();
    }
    return Optional.of(new JarLayout(tag == BOOT, (int) ((s.seed() >>> 16) & 0x3FF), (int) ((s.seed() >>> 26) & 0xFF)));
  }
}
