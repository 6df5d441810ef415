package dev.layerlab.analysis.secrets;

/**
 * Where a value was found.
 *
 * @param kind a layer file, a history row, or the image config
 * @param where in words: {@code layer 3 (COPY . .): /app/.env}, {@code history row 5: RUN |1 TOKEN=…},
 *     {@code config Env}
 */
public record Location(Kind kind, String where) {
  public enum Kind { LAYER_FILE, HISTORY, CONFIG }
}
