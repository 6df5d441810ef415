package dev.layerlab.analysis.advice;

/** What a fix is measured by: the image's size, the rebuild after a source-only edit, or the start command. */
public enum Impact { SIZE, REBUILD, COMMAND, NONE }
