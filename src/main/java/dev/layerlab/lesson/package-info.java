/**
 * Lessons: loading and validating {@code lessons/*}, checking goals, keeping progress.
 *
 * <p>May import: {@code dockerfile}, {@code plan}, {@code build}, {@code analysis} and what they import.
 */
package dev.layerlab.lesson;
