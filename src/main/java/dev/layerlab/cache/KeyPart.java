package dev.layerlab.cache;

/**
 * One readable part of a cache key: what it is ({@code instruction}, {@code arg VERSION},
 * {@code env NODE_ENV}, {@code source src/index.js}, {@code workdir} …) and its value.
 */
public record KeyPart(String name, String value) {
  public static KeyPart of(String name, String value) {
    return new KeyPart(name, value);
  }
}
