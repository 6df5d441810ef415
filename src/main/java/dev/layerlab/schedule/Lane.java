package dev.layerlab.schedule;

/**
 * A stage's row in the timeline.
 *
 * @param stage the stage's index in the Dockerfile; {@code name} its label ({@code build}, {@code stage-1})
 * @param lane its position, top to bottom (stages in file order)
 * @param start when its first step started; {@code end} when its last step ended
 */
public record Lane(int stage, String name, int lane, double start, double end) {}
