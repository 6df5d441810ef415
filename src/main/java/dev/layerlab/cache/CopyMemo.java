package dev.layerlab.cache;

import dev.layerlab.image.Layer;
import java.util.List;

/**
 * What one COPY or ADD produced, remembered by everything that decides it (the files below it, the
 * files it copies, its expanded words). BuildKit keys COPY by the checksum of its sources and never
 * re-copies to find a hit; layerlab finds the copied files by copying, so this lets a rebuild with the
 * same inputs take the result instead of copying again. It changes no decision: the same inputs give
 * the same layer, and the layer gives the key.
 *
 * @param layer the layer the copy made
 * @param createdBy its history text
 * @param seconds its simulated duration
 * @param notes what the copy noted (e.g. an archive extracted)
 * @param copied the key parts of the files it copied
 */
public record CopyMemo(Layer layer, String createdBy, double seconds, List<String> notes, List<KeyPart> copied) {
  public CopyMemo {
    notes = List.copyOf(notes);
    copied = List.copyOf(copied);
  }
}
