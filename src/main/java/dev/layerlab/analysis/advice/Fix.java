package dev.layerlab.analysis.advice;

import java.util.function.UnaryOperator;

/**
 * A rewrite of the Dockerfile's text that resolves one finding.
 *
 * @param summary what it does, as an imperative ({@code add --no-install-recommends})
 * @param rewrite the whole Dockerfile text in, the fixed text out
 */
public record Fix(String summary, UnaryOperator<String> rewrite) {}
