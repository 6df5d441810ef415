package dev.layerlab.lesson;

import dev.layerlab.schedule.CostOverride;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One level of the course, as its folder under {@code lessons/} describes it.
 *
 * @param id the folder's name ({@code 01-layers-are-additive}); {@code number} its place in the course, from 1
 * @param files the start state: the Dockerfile and context files, path → content
 * @param disabled REPL commands refused in this lesson
 * @param costs simulated durations that replace the cost model's for this lesson
 * @param solution the reference solution, as REPL commands
 */
public record Lesson(String id, int number, String title, String intro, BuildSettings build, List<Goal> goals,
    List<String> hints, List<Mistake> mistakes, List<String> solution, Set<String> disabled,
    List<CostOverride> costs, Map<String, StartFile> files) {
  public Lesson {
    goals = List.copyOf(goals);
    hints = List.copyOf(hints);
    mistakes = List.copyOf(mistakes);
    solution = List.copyOf(solution);
    disabled = Set.copyOf(disabled);
    costs = List.copyOf(costs);
    files = Map.copyOf(files);
  }

  /** A file of the start state: its bytes and mode. */
  public record StartFile(byte[] bytes, int mode) {}
}
