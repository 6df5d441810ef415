/**
 * Dockerfile text to a typed AST exactly as BuildKit's frontend reads it: parser directives, the escape character, line continuation, heredocs, JSON versus shell form, flags, BuildKit's parser dump, typed {@code Instruction} records and word expansion. Errors are {@code Diagnostic} values in BuildKit's words.
 *
 * <p>May import: nothing of layerlab.
 */
package dev.layerlab.dockerfile;
