package dev.layerlab.analysis.advice;

import java.util.List;

/** One advisor rule: looks at the Dockerfile and its simulated build, returns what it found. */
public interface Rule {
  String id();

  List<Finding> check(Subject subject);
}
