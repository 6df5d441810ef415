package dev.layerlab.dockerfile;

import java.util.Locale;
import java.util.OptionalInt;

/** Collects a mount's options one field at a time with BuildKit's checks, then applies its defaults. */
final class MountBuilder {
  private String type = "bind";
  private String target = "";
  private String source = "";
  private String from = "";
  private boolean readOnly;
  private boolean roAuto = true;
  private String id = "";
  private String sharing = "";
  private boolean required;
  private OptionalInt mode = OptionalInt.empty();
  private OptionalInt uid = OptionalInt.empty();
  private OptionalInt gid = OptionalInt.empty();
  private String size = "";
  private String env = "";

  /** A field without {@code =}. */
  void flag(String key, String field) {
    switch (key) {
      case "readonly", "ro" -> setReadOnly(true);
      case "readwrite", "rw" -> setReadOnly(false);
      case "required" -> {
        requireType(key, "secret", "ssh");
        required = true;
      }
      default -> throw Request.error("invalid field '" + field + "' must be a key=value pair");
    }
  }

  void set(String key, String value, String field) {
    switch (key) {
      case "type" -> setType(value);
      case "target", "dst", "destination", "dest" -> target = value;
      case "readonly", "ro" -> setReadOnly(bool(key, value));
      case "readwrite", "rw" -> setReadOnly(!bool(key, value));
      case "required" -> {
        requireType(key, "secret", "ssh");
        required = bool(key, value);
      }
      case "sharing" -> setSharing(value);
      case "mode" -> mode = OptionalInt.of(number(key, value, 8));
      case "uid" -> uid = OptionalInt.of(number(key, value, 10));
      case "gid" -> gid = OptionalInt.of(number(key, value, 10));
      case "id" -> id = value;
      case "size" -> {
        requireType(key, "tmpfs");
        size = value;
      }
      case "env" -> {
        requireType(key, "secret");
        env = value;
      }
      case "source", "src" -> source = value;
      case "from" -> from = value;
      default -> throw Request.error(Suggest.wrap("unexpected key '" + key + "' in '" + field + "'", key,
          Mount.keys(), true));
    }
  }

  private void setType(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!Mount.TYPES.contains(lower)) {
      throw Request.error(Suggest.wrap("unsupported mount type " + GoQuote.quote(value), value, Mount.TYPES, true));
    }
    type = lower;
  }

  private void setSharing(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!value.isEmpty() && !lower.matches("shared|private|locked")) {
      throw Request.error("unsupported sharing value " + GoQuote.quote(value));
    }
    sharing = lower;
  }

  private void setReadOnly(boolean ro) {
    readOnly = ro;
    roAuto = false;
  }

  private void requireType(String key, String... allowed) {
    for (String t : allowed) {
      if (t.equals(type)) {
        return;
      }
    }
    throw Request.error("unexpected key '" + key + "' for mount type '" + type + "'");
  }

  private static boolean bool(String key, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.matches("1|t|true")) {
      return true;
    }
    if (v.matches("0|f|false")) {
      return false;
    }
    throw Request.error("invalid value for " + key + ": " + value);
  }

  private static int number(String key, String value, int radix) {
    try {
      return Integer.parseInt(value, radix);
    } catch (NumberFormatException e) {
      throw Request.error("invalid value " + value + " for " + key);
    }
  }

  Mount build() {
    if (roAuto) {
      readOnly = !(type.equals("cache") || type.equals("tmpfs"));
    }
    if (!sharing.isEmpty() && !type.equals("cache")) {
      throw Request.error("invalid cache sharing set for " + type + " mount");
    }
    if (type.equals("secret")) {
      checkSecret();
    }
    if (target.equals("/")) {
      throw Request.error("invalid mount target \"/\"");
    }
    return new Mount(type, target, source, from, readOnly, id, sharing, required, mode, uid, gid, size, env);
  }

  private void checkSecret() {
    if (!from.isEmpty()) {
      throw Request.error("secret mount should not have a from");
    }
    if (!sharing.isEmpty()) {
      throw Request.error("secret mount should not define sharing");
    }
    if (source.isEmpty() && target.isEmpty() && id.isEmpty()) {
      throw Request.error("invalid secret mount. one of source, target required");
    }
    if (!source.isEmpty() && !id.isEmpty()) {
      throw Request.error("both source and id can't be set");
    }
  }
}
