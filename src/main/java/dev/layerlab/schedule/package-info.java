/**
 * The simulated clock, the cost model and the stage scheduler that yields a {@code Timeline}.
 *
 * <p>May import: {@code plan}, {@code build} and what they import.
 */
package dev.layerlab.schedule;
