package dev.layerlab.dockerfile;

/** A parser or lint warning: BuildKit builds anyway but tells the user. */
public record Warning(String rule, String message, String detail, SourceRange range) {}
