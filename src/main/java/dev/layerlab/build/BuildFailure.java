package dev.layerlab.build;

import java.util.Optional;

/**
 * Why a build stopped, in the builder's words.
 *
 * @param line the Dockerfile line of the failing instruction, or 0 when none applies
 * @param stepName the failing step's name, when a step failed
 * @param status the exit status of the build: 1, or the legacy builder's failing command's status
 */
public record BuildFailure(String message, int line, int endLine, Optional<String> stepName, int status) {}
