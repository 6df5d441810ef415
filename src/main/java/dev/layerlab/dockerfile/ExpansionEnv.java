package dev.layerlab.dockerfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a {@link WordExpander} reads: a stage's build environment (base image {@code Env},
 * ENV, ARG values) or the global ARGs for FROM. A name is either set (possibly to "") or unset; the
 * difference matters for {@code ${v-w}}, {@code ${v+w}} and {@code ${v?msg}}.
 */
@FunctionalInterface
public interface ExpansionEnv {

    /** The value of {@code name}, or empty when it is unset. */
    Optional<String> get(String name);

    /** An environment with no variables at all. */
    static ExpansionEnv empty() {
        return name -> Optional.empty();
    }

    /** An immutable snapshot of {@code vars}. */
    static ExpansionEnv of(Map<String, String> vars) {
        Map<String, String> copy = Map.copyOf(vars);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /**
     * An environment from {@code K=V} entries, as in an image config's {@code Env}. The last entry
     * for a name wins; an entry without {@code =} sets the name to "" (BuildKit's {@code strings.Cut}).
     */
    static ExpansionEnv of(List<String> entries) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                vars.put(entry, "");
            } else {
                vars.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return of(vars);
    }
}
