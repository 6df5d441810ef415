package dev.layerlab.analysis.advice;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A rewrite of the Dockerfile's text that resolves one finding.
 *
 * @param summary what it does, as an imperative ({@code add --no-install-recommends})
 * @param rewrite the whole Dockerfile text in, the fixed text out
 * @param secrets build args the fixed Dockerfile takes as {@code --secret id=NAME} instead (name → the
 *     secret id): the fixed build is measured with each arg's value given as that secret
 */
public record Fix(String summary, UnaryOperator<String> rewrite, Map<String, String> secrets) {
  public Fix {
    secrets = Map.copyOf(secrets);
  }

  public Fix(String summary, UnaryOperator<String> rewrite) {
    this(summary, rewrite, Map.of());
  }
}
