/**
 * Would the container start: the final image's command, user and working directory checked as
 * {@code docker run} would check them, without running anything.
 *
 * <p>May import: {@code image}, {@code fs}.
 */
package dev.layerlab.analysis.start;
