/**
 * Executes a plan step by step: key, lookup, one handler per instruction, diff, layer; BuildKit and legacy modes.
 *
 * <p>May import: {@code dockerfile}, {@code plan}, {@code fs}, {@code image}, {@code shell}, {@code cache}.
 */
package dev.layerlab.build;
