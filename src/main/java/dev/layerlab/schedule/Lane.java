package dev.layerlab.schedule;

/**
 * A stage's row in the timeline.
 *
 * @param stage the stage's index in the Dockerfile; {@code name} its label ({@code build}, {@code stage-1})
 * @param lane its position, top to bottom (stages in file order)
 * @param ready when what it starts from was there (its base stage, or the pull of its image); it may
 *     start later, waiting for a free slot or, at its first step, for a stage it copies from
 * @param start when its first step started; {@code end} when its last step ended
 */
public record Lane(int stage, String name, int lane, double ready, double start, double end) {}
