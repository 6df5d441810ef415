/**
 * The simulated clock, the cost model and the stage scheduler that yields a {@code Timeline}:
 * {@link dev.layerlab.schedule.Scheduler} lays a {@code BuildResult} out as BuildKit (the stage graph,
 * in parallel) or the legacy builder (file order, one step at a time) would run it, and documents the
 * cost model.
 *
 * <p>May import: {@code plan}, {@code build} and what they import.
 */
package dev.layerlab.schedule;
