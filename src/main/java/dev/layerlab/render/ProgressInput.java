package dev.layerlab.render;

import java.util.Optional;

/**
 * What the progress output reports besides the steps: the Dockerfile's name, text and size, the sizes
 * transferred for .dockerignore and the context, and the tag the image is named to.
 */
public record ProgressInput(String dockerfileName, String dockerfileText, long dockerignoreBytes, long contextBytes,
    Optional<String> tag) {}
