/**
 * Models of the programs Dockerfiles spend their bytes and minutes in: {@code apt-get}/{@code apt},
 * {@code apk}, {@code npm}/{@code npx}/{@code yarn} and the JavaScript build tools a script calls,
 * {@code pip}/{@code python -m venv}, {@code go}, {@code mvn}/{@code mvnw}/{@code gradle}/{@code jar},
 * {@code cargo}, {@code gcc}/{@code make}/{@code cmake}, {@code curl}/{@code wget}, the account tools
 * and {@code git clone}. Each reads the real inputs (manifests, lock files, the apt lists present),
 * writes a realistic tree sized from a catalogue in {@code resources/tools/} (every figure with its
 * source or marked as an estimate), fails with the real program's words, and charges its simulated
 * seconds ({@code tools/costs.json}) through {@link dev.layerlab.shell.Invocation#sleep}.
 * {@link dev.layerlab.shell.tool.Tools#addTo} registers them; a model runs only when the image has the
 * program on PATH.
 *
 * <p>May import: {@code fs}, {@code image} (and the {@code shell} package it belongs to).
 */
package dev.layerlab.shell.tool;
