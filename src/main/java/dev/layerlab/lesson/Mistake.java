package dev.layerlab.lesson;

/** A known mistake: when its check holds on the learner's Dockerfile (and the goal does not), its hint fires. */
public record Mistake(Scenario scenario, Check when, String hint) {}
