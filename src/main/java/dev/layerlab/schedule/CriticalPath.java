package dev.layerlab.schedule;

import java.util.List;

/**
 * The chain that decides a build's length: from the job that ends last (the later in file order on a
 * tie), back through the predecessor that ended last (the earlier in file order on a tie).
 */
final class CriticalPath {
  private CriticalPath() {}

  static boolean[] mark(List<StepGraph.Job> jobs, double[][] times) {
    boolean[] on = new boolean[jobs.size()];
    int j = last(times);
    while (j >= 0) {
      on[j] = true;
      j = latestPredecessor(jobs.get(j), times);
    }
    return on;
  }

  private static int last(double[][] times) {
    int best = -1;
    for (int j = 0; j < times.length; j++) {
      if (best < 0 || times[j][1] >= times[best][1]) {
        best = j;
      }
    }
    return best;
  }

  private static int latestPredecessor(StepGraph.Job job, double[][] times) {
    int best = -1;
    for (int p : job.preds()) {
      if (best < 0 || times[p][1] > times[best][1]) {
        best = p;
      }
    }
    return best;
  }
}
