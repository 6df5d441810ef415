/**
 * COPY and ADD as BuildKit performs them, as pure operations on a {@code SimFs}: source cleaning and
 * wildcards, directory contents, trailing slashes, {@code --chown/--chmod/--parents/--exclude},
 * symlinks, local archive extraction and simulated downloads for ADD. The build engine opens and
 * closes the step around them.
 *
 * <p>May import: {@code fs}, {@code build.context}.
 */
package dev.layerlab.build.copy;
