package dev.layerlab.analysis.advice;

/**
 * What a fix is measured by: the image's size, the rebuild after a source-only edit, the start command,
 * or the places a secret's value is visible in the image.
 */
public enum Impact { SIZE, REBUILD, COMMAND, SECRETS, NONE }
