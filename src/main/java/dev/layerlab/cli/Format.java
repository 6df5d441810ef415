package dev.layerlab.cli;

/** {@code --format} of the analysis commands: readable text, or one JSON object for other tools. */
enum Format {
  TEXT, JSON
}
