/**
 * Efficiency and wasted space: dive's numbers computed exactly as dive computes them, and a corrected
 * reading that counts only what could be saved.
 *
 * <p>May import: {@code image}, {@code fs}.
 */
package dev.layerlab.analysis.efficiency;
