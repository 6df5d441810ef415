package dev.layerlab.render;

/** Image names normalised as Docker prints them: {@code node:20} is {@code docker.io/library/node:20}. */
final class ImageNames {
  private ImageNames() {}

  static String canonical(String name) {
    String n = name;
    int slash = n.indexOf('/');
    boolean hasRegistry = slash > 0 && (n.substring(0, slash).contains(".") || n.substring(0, slash).contains(":")
        || n.substring(0, slash).equals("localhost"));
    if (!hasRegistry) {
      n = "docker.io/" + (slash < 0 ? "library/" : "") + n;
    }
    String last = n.substring(n.lastIndexOf('/') + 1);
    return last.contains(":") || last.contains("@") ? n : n + ":latest";
  }
}
