/**
 * Cache keys with readable parts, the cache store, and every decision as a hit or a miss with its reason.
 *
 * <p>May import: {@code plan}, {@code fs}, {@code image}.
 */
package dev.layerlab.cache;
