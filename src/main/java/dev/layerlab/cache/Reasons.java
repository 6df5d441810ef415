package dev.layerlab.cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first difference between an earlier key and this one, in the order a learner should hear it:
 * the instruction, then build args, then ENV, then copied files, then anything else.
 */
final class Reasons {
  private Reasons() {}

  static Optional<MissReason> between(List<KeyPart> was, List<KeyPart> now) {
    Map<String, String> old = map(was);
    Map<String, String> cur = map(now);
    for (String prefix : List.of("instruction", "arg ", "env ", "source ", "")) {
      Optional<MissReason> r = first(prefix, old, cur);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private static Optional<MissReason> first(String prefix, Map<String, String> old, Map<String, String> cur) {
    for (Map.Entry<String, String> e : cur.entrySet()) {
      String name = e.getKey();
      if (name.startsWith(prefix) && !e.getValue().equals(old.get(name))) {
        return Optional.of(reason(name, Optional.ofNullable(old.get(name)), Optional.of(e.getValue())));
      }
    }
    for (Map.Entry<String, String> e : old.entrySet()) {
      if (e.getKey().startsWith(prefix) && !cur.containsKey(e.getKey())) {
        return Optional.of(reason(e.getKey(), Optional.of(e.getValue()), Optional.empty()));
      }
    }
    return Optional.empty();
  }

  private static MissReason reason(String name, Optional<String> was, Optional<String> now) {
    if (name.equals("instruction")) {
      return new MissReason.InstructionChanged(was.orElse(""), now.orElse(""));
    }
    if (name.startsWith("arg ")) {
      return new MissReason.BuildArgChanged(name.substring(4), was.orElse("(unset)"), now.orElse("(unset)"));
    }
    if (name.startsWith("env ")) {
      return new MissReason.EnvChanged(name.substring(4), was.orElse("(unset)"), now.orElse("(unset)"));
    }
    if (name.startsWith("source ")) {
      return source(name.substring(7), was, now);
    }
    return new MissReason.PartChanged(name, was.orElse(""), now.orElse(""));
  }

  /** Source values are {@code <content digest> <mode>}: say which of the two changed. */
  private static MissReason source(String path, Optional<String> was, Optional<String> now) {
    if (was.isEmpty()) {
      return new MissReason.SourceChanged(path, "new");
    }
    if (now.isEmpty()) {
      return new MissReason.SourceChanged(path, "removed");
    }
    String[] a = was.get().split(" ");
    String[] b = now.get().split(" ");
    if (a.length == 2 && b.length == 2 && a[0].equals(b[0])) {
      return new MissReason.SourceChanged(path, "mode " + a[1] + " → " + b[1]);
    }
    return new MissReason.SourceChanged(path, "content");
  }

  private static Map<String, String> map(List<KeyPart> parts) {
    Map<String, String> m = new LinkedHashMap<>();
    parts.forEach(p -> m.put(p.name(), p.value()));
    return m;
  }
}
