package dev.layerlab.render;

import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.Image;
import java.util.List;

/**
 * {@code docker history}: newest row first, one per history entry (empty-layer rows too), with the
 * image ID on the top row only. The simulator builds reproducibly (as with SOURCE_DATE_EPOCH=0), so
 * CREATED is {@code N/A} in human form and the epoch otherwise, as Docker prints such images.
 */
public final class HistoryView {
  private static final int CREATED_BY_WIDTH = 45;

  private HistoryView() {}

  public static String render(Image image, boolean noTrunc, boolean human) {
    TabTable table = new TabTable(10, 3);
    table.row("IMAGE", human ? "CREATED" : "CREATED AT", "CREATED BY", "SIZE", "COMMENT");
    List<HistoryRow> rows = image.history();
    for (int i = rows.size() - 1; i >= 0; i--) {
      HistoryRow r = rows.get(i);
      String id = i == rows.size() - 1 ? imageId(image.id(), noTrunc) : "<missing>";
      String createdBy = r.createdBy().replace('\t', ' ');
      table.row(id, human ? "N/A" : "1970-01-01T00:00:00Z",
          noTrunc ? createdBy : Text.ellipsis(createdBy, CREATED_BY_WIDTH),
          human ? Sizes.human(r.size()) : String.valueOf(r.size()), r.comment());
    }
    return table.render();
  }

  private static String imageId(String digest, boolean noTrunc) {
    return noTrunc ? digest : digest.substring("sha256:".length(), "sha256:".length() + 12);
  }
}
