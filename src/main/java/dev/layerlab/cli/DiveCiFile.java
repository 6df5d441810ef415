package dev.layerlab.cli;

import dev.layerlab.analysis.efficiency.CiRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * dive's CI rules file, {@code .dive-ci}: a mapping {@code rules:} with {@code lowestEfficiency},
 * {@code highestWastedBytes} and {@code highestUserWastedPercent} (the snake-case spellings of dive's
 * main config, {@code lowest-efficiency} …, are read too). Values are kept as written ({@code 0.20}
 * stays {@code 0.20}, as dive prints it), so the YAML is composed, never turned into Java objects.
 */
final class DiveCiFile {
  static final String NAME = ".dive-ci";
  private static final Map<String, String> KEYS = Map.of(
      CiRule.LOWEST_EFFICIENCY, CiRule.LOWEST_EFFICIENCY, "lowest-efficiency", CiRule.LOWEST_EFFICIENCY,
      CiRule.HIGHEST_WASTED_BYTES, CiRule.HIGHEST_WASTED_BYTES, "highest-wasted-bytes", CiRule.HIGHEST_WASTED_BYTES,
      CiRule.HIGHEST_USER_WASTED_PERCENT, CiRule.HIGHEST_USER_WASTED_PERCENT,
      "highest-user-wasted-percent", CiRule.HIGHEST_USER_WASTED_PERCENT);

  /** The rule values a file gives (by dive's camelCase key), and what in it was ignored. */
  record Rules(Map<String, String> values, List<String> warnings) {}

  private DiveCiFile() {}

  /** {@code --ci-config FILE} when given (it must exist), else {@code .dive-ci} in the context, else in the current directory. */
  static Optional<Path> find(Optional<Path> given, Path context) throws UserError {
    if (given.isPresent()) {
      if (!Files.isRegularFile(given.get())) {
        throw new UserError("failed to read CI config file " + given.get() + ": no such file");
      }
      return given;
    }
    return List.of(context.resolve(NAME), Path.of(NAME)).stream().filter(Files::isRegularFile).findFirst();
  }

  static Rules read(Path file) throws UserError {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError("failed to read CI config file " + file + ": " + e.getMessage());
    }
  }

  static Rules parse(String label, String text) throws UserError {
    Optional<Node> root = compose(label, text);
    List<String> warnings = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    if (root.isEmpty()) {
      return new Rules(values, warnings);
    }
    for (NodeTuple t : mapping(label, root.get(), "the file").getValue()) {
      String key = scalar(label, t.getKeyNode(), "a key");
      if (!key.equals("rules")) {
        warnings.add(where(label, t.getKeyNode()) + "unknown key \"" + key + "\" ignored (rules go under \"rules:\")");
      } else if (!isNull(t.getValueNode())) {
        rules(label, mapping(label, t.getValueNode(), "\"rules\""), values, warnings);
      }
    }
    return new Rules(values, warnings);
  }

  private static void rules(String label, MappingNode rules, Map<String, String> values, List<String> warnings)
      throws UserError {
    for (NodeTuple t : rules.getValue()) {
      String key = scalar(label, t.getKeyNode(), "a rule name");
      String rule = KEYS.get(key);
      if (rule == null) {
        warnings.add(where(label, t.getKeyNode()) + "unknown rule \"" + key + "\" ignored (known: "
            + CiRule.LOWEST_EFFICIENCY + ", " + CiRule.HIGHEST_WASTED_BYTES + ", " + CiRule.HIGHEST_USER_WASTED_PERCENT + ")");
        continue;
      }
      String value = scalar(label, t.getValueNode(), "the value of " + key);
      try {
        CiRule.parse(rule, value);
      } catch (IllegalArgumentException e) {
        throw new UserError("invalid CI config " + where(label, t.getValueNode()) + e.getMessage());
      }
      values.put(rule, value);
    }
  }

  private static Optional<Node> compose(String label, String text) throws UserError {
    LoadSettings settings = LoadSettings.builder().setLabel(label).build();
    try {
      return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      throw new UserError("failed to parse CI config file " + label + " line " + line + ": " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new UserError("failed to parse CI config file " + label + ": " + e.getMessage());
    }
  }

  private static MappingNode mapping(String label, Node n, String what) throws UserError {
    if (n instanceof MappingNode m) {
      return m;
    }
    throw new UserError("invalid CI config " + where(label, n) + what + " must be a mapping (key: value lines)");
  }

  private static String scalar(String label, Node n, String what) throws UserError {
    if (n instanceof ScalarNode s) {
      return isNull(s) ? "" : s.getValue();
    }
    throw new UserError("invalid CI config " + where(label, n) + what + " must be a single value");
  }

  /** An empty value ({@code key:} or {@code ~} or {@code null}): dive reads it as an empty string, which disables a rule. */
  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.isPlain() && (s.getValue().isEmpty() || s.getValue().equals("~")
        || s.getValue().equals("null") || s.getValue().equals("Null") || s.getValue().equals("NULL"));
  }

  private static String where(String label, Node n) {
    return label + n.getStartMark().map(m -> " line " + (m.getLine() + 1)).orElse("") + ": ";
  }
}
