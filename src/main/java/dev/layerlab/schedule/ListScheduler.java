package dev.layerlab.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Places jobs on the clock: whenever fewer than {@code limit} run, every job whose predecessors have
 * all ended starts, lowest index first (jobs are in stage order, then step order, so ties go to the
 * earlier stage, then the earlier step); then the clock jumps to the next end. Without a limit each
 * job starts exactly at the latest end of its predecessors.
 */
final class ListScheduler {
  private ListScheduler() {}

  /** Start and end of each job, as {@code [job][0]} and {@code [job][1]}. */
  static double[][] run(List<StepGraph.Job> jobs, int limit) {
    int n = jobs.size();
    double[][] times = new double[n][2];
    boolean[] started = new boolean[n];
    boolean[] ended = new boolean[n];
    PriorityQueue<Integer> running = new PriorityQueue<>(
        Comparator.<Integer>comparingDouble(j -> times[j][1]).thenComparingInt(j -> j));
    double now = 0;
    int left = n;
    while (left > 0) {
      for (int j = 0; j < n && running.size() < limit; j++) {
        if (!started[j] && jobs.get(j).preds().stream().allMatch(p -> ended[p])) {
          started[j] = true;
          times[j][0] = now;
          times[j][1] = Clock.round(now + jobs.get(j).duration());
          running.add(j);
        }
      }
      if (running.isEmpty()) {
        throw new IllegalStateException("the step graph has a cycle; the planner rejects those");
      }
      int next = running.poll();
      now = times[next][1];
      ended[next] = true;
      left--;
    }
    return times;
  }
}
