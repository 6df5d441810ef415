package dev.layerlab.render;

import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.Image;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code docker history}: newest row first, one per history entry (empty-layer rows too), with the
 * image ID on the top row only. The simulator's own steps are stamped with the epoch, as a
 * reproducible build (SOURCE_DATE_EPOCH=0) is, so Docker's rules print them {@code N/A}; base-image
 * rows carry their images' dates, shown relative to {@code now}.
 */
public final class HistoryView {
  private static final int CREATED_BY_WIDTH = 45;

  private HistoryView() {}

  public static String render(Image image, boolean noTrunc, boolean human, Instant now) {
    TabTable table = new TabTable(10, 3);
    table.row("IMAGE", human ? "CREATED" : "CREATED AT", "CREATED BY", "SIZE", "COMMENT");
    List<HistoryRow> rows = image.history();
    for (int i = rows.size() - 1; i >= 0; i--) {
      HistoryRow r = rows.get(i);
      String id = i == rows.size() - 1 ? imageId(image.id(), noTrunc) : "<missing>";
      String createdBy = r.createdBy().replace('\t', ' ');
      table.row(id, human ? Durations.since(r.created(), now) : DateTimeFormatter.ISO_INSTANT.format(r.created()),
          noTrunc ? createdBy : Text.ellipsis(createdBy, CREATED_BY_WIDTH),
          human ? Sizes.human(r.size()) : String.valueOf(r.size()), r.comment());
    }
    return table.render();
  }

  private static String imageId(String digest, boolean noTrunc) {
    return noTrunc ? digest : digest.substring("sha256:".length(), "sha256:".length() + 12);
  }
}
