/**
 * Pure functions from results to styled text: progress, layer tables, diff trees, history, timelines, explanations, JSON. Nothing here prints.
 *
 * <p>May import: every package to its left, and of JLine only {@code org.jline.utils}.
 */
package dev.layerlab.render;
