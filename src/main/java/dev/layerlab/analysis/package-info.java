/**
 * Efficiency and wasted space as dive computes them, the advisor that measures its own fixes, secret leaks, and the would-it-start check.
 *
 * <p>May import: {@code build}, {@code image} and what they import.
 */
package dev.layerlab.analysis;
