/**
 * Layers, images, their config and history rows, the base-image catalogue (data in resources) and the local image store.
 *
 * <p>May import: {@code fs}.
 */
package dev.layerlab.image;
