package dev.layerlab.analysis.advice;

import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.dockerfile.Dockerfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules on a Dockerfile and its build, and measures each fix by simulating the Dockerfile as
 * written and as fixed, each on a fresh cache.
 */
public final class Advisor {
  /** Fixes applied in this order by {@link #fixAll}: edits inside instructions first, restructuring last. */
  public static final List<Rule> RULES = List.of(new AptListsRule(), new NoRecommendsRule(), new PipCacheRule(),
      new ApkCacheRule(), new YarnCacheRule(), new UseraddLogRule(), new WgetCurlRule(),
      new CacheLeftRule(), new DevDependenciesRule(), new AddInsteadOfCopyRule(), new ArchiveExtractRule(),
      new CopyWholeStageRule(), new ExecFormRule(),
      new ConsecutiveRunsRule(), new CopyBeforeInstallRule(), new SecretArgEnvRule(), new MultiStageRule());
  private static final int MAX_FIXES = 40;

  private Advisor() {}

  /** The findings of every rule on the Dockerfile as built by {@code request}, ordered by line. */
  public static List<Finding> findings(String text, BuildRequest request, BuildResult result) {
    Subject s = new Subject(text, Dockerfile.parse(text), request, result);
    List<Finding> out = new ArrayList<>();
    RULES.forEach(r -> out.addAll(r.check(s)));
    out.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
    return out;
  }

  /** Every finding, each fix measured against the Dockerfile as written. */
  public static List<Advice> advise(String text, BuildRequest request, BuildResult result) {
    List<Advice> out = new ArrayList<>();
    for (Finding f : findings(text, request, result)) {
      if (f.fix().isEmpty() || result.image().isEmpty()) {
        out.add(new Advice(f, Optional.empty(), Optional.empty()));
        continue;
      }
      String fixed = f.fix().get().rewrite().apply(text);
      Measurement m = Simulation.measure(request, text, fixed, f.impact(), f.fix().get().secrets());
      out.add(new Advice(f, Optional.of(fixed), Optional.of(m)));
    }
    return out;
  }

  /** The Dockerfile with every fix applied, rule by rule, re-reading the text after each fix. */
  public static String fixAll(String text, BuildRequest request) {
    String current = text;
    int applied = 0;
    for (Rule rule : RULES) {
      for (boolean again = true; again && applied < MAX_FIXES; ) {
        again = false;
        BuildResult built = Simulation.build(request, current);
        if (built.image().isEmpty()) {
          return current;
        }
        Subject s = new Subject(current, Dockerfile.parse(current), Simulation.request(request, current), built);
        for (Finding f : rule.check(s)) {
          if (f.fix().isPresent()) {
            String next = f.fix().get().rewrite().apply(current);
            if (!next.equals(current) && Simulation.build(request, next).image().isPresent()) {
              current = next;
              applied++;
              again = true;
              break;
            }
          }
        }
      }
    }
    return current;
  }

  /** Overall: the Dockerfile as written against every fix applied. */
  public static Measurement measureAll(String text, String fixed, BuildRequest request) {
    return Simulation.measure(request, text, fixed, Impact.REBUILD);
  }
}
