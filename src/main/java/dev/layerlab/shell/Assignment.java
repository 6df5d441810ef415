package dev.layerlab.shell;

/** {@code NAME=value} before a command or alone; the value is a word, expanded without splitting. */
public record Assignment(String name, Word value) {}
