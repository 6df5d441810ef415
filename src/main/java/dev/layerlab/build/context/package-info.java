/**
 * The build context: a host directory read once into memory (read-only), {@code .dockerignore} with
 * Docker's rules, and path cleaning that keeps every source inside the context root.
 *
 * <p>May import: {@code fs} (for {@code Content} and {@code EntryType}).
 */
package dev.layerlab.build.context;
