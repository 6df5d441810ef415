package dev.layerlab.analysis.secrets;

import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import dev.layerlab.image.Image;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks for sensitive values in a built image. The values: every {@code --secret}, build args and ARG
 * defaults and ENV values whose names look secret (or whose values are token-shaped), and any
 * token-shaped string found in the image. Each is reported with every place it was found, or as found
 * nowhere, which is what a secret mount should give.
 */
public final class SecretScan {
  private static final int MIN_LENGTH = 4;

  private SecretScan() {}

  public static SecretReport scan(BuildRequest request, BuildResult result) {
    List<NameWarning> names = nameWarnings(request);
    if (result.image().isEmpty()) {
      return new SecretReport(List.of(), names);
    }
    Haystack hay = new Haystack(result.image().get());
    Map<String, Leak> byValue = new LinkedHashMap<>();
    request.secrets().forEach((id, bytes) -> put(byValue, hay, Leak.Source.SECRET, id,
        new String(bytes, StandardCharsets.UTF_8).strip()));
    argValues(request).forEach((name, value) -> put(byValue, hay, Leak.Source.BUILD_ARG, name, value));
    envValues(result.image().get()).forEach((name, value) -> put(byValue, hay, Leak.Source.ENV, name, value));
    for (Haystack.Straw s : hay.straws()) {
      TokenShapes.find(s.text()).forEach(t -> put(byValue, hay, Leak.Source.TOKEN, t.kind(), t.value()));
    }
    return new SecretReport(new ArrayList<>(byValue.values()), names);
  }

  private static void put(Map<String, Leak> byValue, Haystack hay, Leak.Source source, String name, String value) {
    if (value.length() >= MIN_LENGTH && !byValue.containsKey(value)) {
      byValue.put(value, new Leak(source, name, Leak.mask(value), hay.find(value)));
    }
  }

  private static boolean sensitive(String name, String value) {
    return SecretNames.looksSecret(name) || !TokenShapes.find(value).isEmpty();
  }

  /** Build args given on the command line, then ARG defaults written in the Dockerfile. */
  private static Map<String, String> argValues(BuildRequest request) {
    Map<String, String> out = new LinkedHashMap<>();
    request.plan().options().buildArgs().forEach((k, v) -> {
      if (sensitive(k, v)) {
        out.put(k, v);
      }
    });
    for (Instruction.Arg arg : allArgs(request)) {
      for (Instruction.ArgDef d : arg.args()) {
        Optional<String> v = d.value().map(SecretScan::unquote);
        if (v.isPresent() && !out.containsKey(d.name()) && sensitive(d.name(), v.get())) {
          out.put(d.name(), v.get());
        }
      }
    }
    return out;
  }

  private static List<Instruction.Arg> allArgs(BuildRequest request) {
    List<Instruction.Arg> args = new ArrayList<>(request.plan().dockerfile().globalArgs());
    for (Stage s : request.plan().dockerfile().stages()) {
      s.instructions().stream().filter(Instruction.Arg.class::isInstance).map(Instruction.Arg.class::cast)
          .forEach(args::add);
    }
    return args;
  }

  private static Map<String, String> envValues(Image image) {
    Map<String, String> out = new LinkedHashMap<>();
    image.config().envMap().forEach((k, v) -> {
      if (sensitive(k, v)) {
        out.put(k, v);
      }
    });
    return out;
  }

  private static String unquote(String raw) {
    boolean quoted = raw.length() >= 2 && (raw.startsWith("\"") && raw.endsWith("\"")
        || raw.startsWith("'") && raw.endsWith("'"));
    return quoted ? raw.substring(1, raw.length() - 1) : raw;
  }

  /** BuildKit's lint: every ARG and ENV, in any stage, whose name looks secret. */
  static List<NameWarning> nameWarnings(BuildRequest request) {
    List<NameWarning> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Instruction.Arg a : allArgs(request)) {
      a.args().forEach(d -> warn(out, seen, "ARG", d.name(), a.node().range().startLine()));
    }
    for (Stage s : request.plan().dockerfile().stages()) {
      for (Instruction i : s.instructions()) {
        if (i instanceof Instruction.Env env) {
          env.pairs().forEach(p -> warn(out, seen, "ENV", p.key(), env.node().range().startLine()));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(NameWarning::line));
    return out;
  }

  private static void warn(List<NameWarning> out, Set<String> seen, String kind, String name, int line) {
    if (SecretNames.looksSecret(name) && seen.add(kind + name + line)) {
      out.add(new NameWarning(kind, name, line));
    }
  }
}
