/**
 * Lessons: loading and validating {@code lessons/*} ({@link dev.layerlab.lesson.Course}), checking goals
 * ({@link dev.layerlab.lesson.Checker}), keeping progress ({@link dev.layerlab.lesson.Progress}).
 *
 * <p>May import: {@code dockerfile}, {@code plan}, {@code build}, {@code analysis}, {@code schedule} (a
 * goal on stages overlapping or on the total time reads the build's {@code Timeline}) and what they
 * import. Efficiency and "would it start" live here until {@code analysis} has them.
 */
package dev.layerlab.lesson;
