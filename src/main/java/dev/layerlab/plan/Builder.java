package dev.layerlab.plan;

/** Which builder's rules apply: BuildKit's graph, or the legacy builder's one step after another. */
public enum Builder {
  BUILDKIT, LEGACY;

  public String id() {
    return this == BUILDKIT ? "buildkit" : "legacy";
  }
}
