/**
 * Efficiency and wasted space as dive computes them ({@code efficiency}), the advisor that measures its
 * own fixes ({@code advice}), secret leaks ({@code secrets}), and the would-it-start check
 * ({@code start}).
 *
 * <p>May import: {@code build}, {@code image} and what they import.
 */
package dev.layerlab.analysis;
