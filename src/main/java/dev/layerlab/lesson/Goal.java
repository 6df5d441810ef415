package dev.layerlab.lesson;

/** One named sub-goal: the learner-facing label, the build it looks at, and its check. */
public record Goal(String name, Scenario scenario, Check check) {}
