package dev.layerlab.analysis.advice;

import java.util.Optional;

/** A finding with its fix's text and measurement, when it has a fix. */
public record Advice(Finding finding, Optional<String> fixedText, Optional<Measurement> measured) {}
