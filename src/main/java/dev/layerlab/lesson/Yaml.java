package dev.layerlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML node that knows its file and line, so every mistake in a lesson file is reported where it is.
 * Composed (not constructed) by snakeyaml-engine: no Java objects are ever made from the text.
 */
final class Yaml {
  private final String file;
  private final Node node;

  private Yaml(String file, Node node) {
    this.file = file;
    this.node = node;
  }

  static Yaml parse(String file, String text) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).build();
    try {
      Composer c = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      Node root = c.getSingleNode().orElseThrow(() -> new LessonException(file, 0, "the file is empty"));
      return new Yaml(file, root);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      throw new LessonException(file, line, "not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new LessonException(file, 0, "not valid YAML: " + e.getMessage());
    }
  }

  int line() {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  LessonException error(String message) {
    return new LessonException(file, line(), message);
  }

  boolean isMap() {
    return node instanceof MappingNode;
  }

  boolean isList() {
    return node instanceof SequenceNode;
  }

  Optional<Yaml> get(String key) {
    for (NodeTuple t : map().getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return Optional.of(new Yaml(file, t.getValueNode()));
      }
    }
    return Optional.empty();
  }

  Yaml need(String key) {
    return get(key).orElseThrow(() -> error("missing \"" + key + "\""));
  }

  /** The keys of a mapping, in file order, each as a node (for its line). */
  List<Yaml> keys() {
    List<Yaml> out = new ArrayList<>();
    map().getValue().forEach(t -> out.add(new Yaml(file, t.getKeyNode())));
    return out;
  }

  String text() {
    if (!(node instanceof ScalarNode s)) {
      throw error("expected a single value here, not a " + (isList() ? "list" : "mapping"));
    }
    return s.getValue();
  }

  List<Yaml> list() {
    if (!(node instanceof SequenceNode s)) {
      throw error("expected a list here (lines starting with \"- \")");
    }
    return s.getValue().stream().map(n -> new Yaml(file, n)).toList();
  }

  /** A list of single values; a single value alone is read as a list of one. */
  List<String> texts() {
    return node instanceof ScalarNode ? List.of(text()) : list().stream().map(Yaml::text).toList();
  }

  private MappingNode map() {
    if (!(node instanceof MappingNode m)) {
      throw error("expected a mapping here (key: value lines)");
    }
    return m;
  }
}
