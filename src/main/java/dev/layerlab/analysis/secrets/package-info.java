/**
 * Secret leaks: where the values of build args, ENV and {@code --secret} files, and token-shaped
 * strings, ended up in an image (layer files with real bytes, history, config); and BuildKit's
 * {@code SecretsUsedInArgOrEnv} check on ARG and ENV names.
 *
 * <p>May import: {@code build}, {@code image}, {@code dockerfile}, {@code plan}, {@code fs}.
 */
package dev.layerlab.analysis.secrets;
