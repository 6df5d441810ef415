/**
 * The simulated filesystem on jimfs: POSIX metadata, synthetic content that carries a size and a seed instead of bytes, the change journal that makes a step's diff cost what the step touched, and layer diffs with OCI whiteouts.
 *
 * <p>May import: jimfs only, nothing of layerlab.
 */
package dev.layerlab.fs;
