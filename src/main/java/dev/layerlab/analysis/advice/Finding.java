package dev.layerlab.analysis.advice;

import java.util.Optional;

/**
 * One rule broken at one place.
 *
 * @param rule hadolint's code ({@code DL3009}) or layerlab's ({@code LL1001})
 * @param line the instruction's first line
 * @param message why it matters, in one sentence
 * @param impact what the fix is measured by
 * @param fix the rewrite, when the rule has one
 */
public record Finding(String rule, int line, String message, Impact impact, Optional<Fix> fix) {}
