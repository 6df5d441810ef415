package dev.layerlab.fs;

import java.util.Optional;

/**
 * How a modelled executable is linked, carried by its synthetic content. A synthetic file has no bytes,
 * so there is no ELF header to read; instead the low 16 bits of the {@link Content.Synthetic} seed hold
 * a tag ({@code 0xE1F0} plus the kind), and the other bits come from the executable's identity. A later
 * check ("would it start in scratch?") asks {@link #of(Content)}. Chosen over a sidecar file because a
 * sidecar would land in the layer and be lost by {@code COPY --from} of the binary alone; the tag
 * travels with the content, and its digest differs by linkage as a real binary's would. An unrelated
 * synthetic file carries the tag by chance with probability 4/65536, which only matters for a file
 * someone runs as a program.
 */
public enum Linkage {
  /** Statically linked: runs in {@code scratch}. */
  STATIC,
  /** Dynamically linked against glibc ({@code /lib64/ld-linux-x86-64.so.2}). */
  DYNAMIC_GLIBC,
  /** Dynamically linked against musl ({@code /lib/ld-musl-x86_64.so.1}, Alpine). */
  DYNAMIC_MUSL;

  private static final long TAG = 0xE1F0L;
  private static final long MASK = 0xFFFFL;

  /** A synthetic executable of this linkage; {@code identity} keeps different binaries apart. */
  public Content content(long size, String identity) {
    long base = Digests.seedOf("executable:" + identity) & ~MASK;
    return Content.synthetic(size, base | TAG | ordinal());
  }

  /** The linkage a modelled executable was written with; empty for any other content. */
  public static Optional<Linkage> of(Content content) {
    if (!(content instanceof Content.Synthetic s)) {
      return Optional.empty();
    }
    long low = s.seed() & MASK;
    long kind = low - TAG;
    return kind >= 0 && kind < values().length ? Optional.of(values()[(int) kind]) : Optional.empty();
  }

  /** The loader a dynamic binary needs, which must exist in the image for it to start. */
  public Optional<String> interpreter() {
    return switch (this) {
      case STATIC -> Optional.empty();
      case DYNAMIC_GLIBC -> Optional.of("/lib64/ld-linux-x86-64.so.2");
      case DYNAMIC_MUSL -> Optional.of("/lib/ld-musl-x86_64.so.1");
    };
  }
}
