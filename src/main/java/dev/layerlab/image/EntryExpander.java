package dev.layerlab.image;

import dev.layerlab.image.Specs.EntrySpec;
import dev.layerlab.image.Specs.LayerSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a layer's compact tree spec into its entries: fragments inlined, program lists and fills
 * expanded into named files, missing parent directories added, tar order. Deterministic, so the
 * same data always gives the same tree and digests.
 */
final class EntryExpander {

  private final Map<String, List<String>> lists;
  private final Map<String, List<EntrySpec>> fragments;

  EntryExpander(Map<String, List<String>> lists, Map<String, List<EntrySpec>> fragments) {
    this.lists = lists;
    this.fragments = fragments;
  }

  List<TreeEntry> expand(String layerId, LayerSpec layer) {
    Map<String, TreeEntry> byPath = new LinkedHashMap<>();
    List<EntrySpec> specs = inline(layer.entries() == null ? List.of() : layer.entries());
    EntrySpec rest = null;
    for (EntrySpec spec : specs) {
      if (Boolean.TRUE.equals(spec.rest())) {
        rest = spec;
      } else {
        add(byPath, spec, spec.bytes() == null ? 0 : spec.bytes());
      }
    }
    if (rest != null) {
      long used = byPath.values().stream().mapToLong(TreeEntry::size).sum();
      if (used > layer.size()) {
        throw new IllegalStateException(layerId + ": entries exceed the layer size by "
            + (used - layer.size()));
      }
      add(byPath, rest, layer.size() - used);
    }
    addParents(byPath);
    List<TreeEntry> entries = new ArrayList<>(byPath.values());
    entries.sort(Comparator.comparing(TreeEntry::path, EntryExpander::tarOrder));
    return entries;
  }

  private List<EntrySpec> inline(List<EntrySpec> specs) {
    List<EntrySpec> out = new ArrayList<>();
    for (EntrySpec spec : specs) {
      if (spec.include() != null) {
        List<EntrySpec> fragment = fragments.get(spec.include());
        if (fragment == null) {
          throw new IllegalStateException("unknown fragment " + spec.include());
        }
        out.addAll(inline(fragment));
      } else {
        out.add(spec);
      }
    }
    return out;
  }

  // A later spec for the same path replaces an earlier one: a layer can override a fragment's file.
  private void add(Map<String, TreeEntry> byPath, EntrySpec spec, long fillBytes) {
    List<TreeEntry> made;
    if (spec.path() != null) {
      made = List.of(EntrySpecs.named(spec));
    } else if (spec.programs() != null) {
      made = EntrySpecs.programs(spec, names(spec.names()));
    } else if (spec.fill() != null) {
      made = EntrySpecs.fill(spec, fillBytes);
    } else {
      throw new IllegalStateException("entry spec with no path, programs or fill: " + spec);
    }
    made.forEach(e -> byPath.put(e.path(), e));
  }

  private List<String> names(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (n.startsWith("@")) {
        List<String> list = lists.get(n.substring(1));
        if (list == null) {
          throw new IllegalStateException("unknown list " + n);
        }
        out.addAll(list);
      } else {
        out.add(n);
      }
    }
    return out;
  }

  // Real layer tars carry every parent directory of what they add, so a diff applies on its own.
  private static void addParents(Map<String, TreeEntry> byPath) {
    for (String path : List.copyOf(byPath.keySet())) {
      int slash = path.lastIndexOf('/');
      while (slash > 0) {
        String parent = path.substring(0, slash);
        byPath.putIfAbsent(parent, TreeEntry.dir(parent, 0755, 0, 0));
        slash = parent.lastIndexOf('/');
      }
    }
  }

  /**
   * Parents before children, siblings by name: comparing with {@code /} ranked below every other
   * character gives exactly the component-by-component order, without splitting.
   */
  static int tarOrder(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return Character.compare(x == '/' ? '\0' : x, y == '/' ? '\0' : y);
      }
    }
    return Integer.compare(a.length(), b.length());
  }
}
