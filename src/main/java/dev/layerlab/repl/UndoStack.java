package dev.layerlab.repl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Whole-state snapshots, as Learn Git Branching keeps them: a command that changed the sandbox pushes
 * the state before it; undo swaps back, redo forward. A new change forgets the redo side.
 */
final class UndoStack {
  private static final int LIMIT = 200;
  private final Deque<Snapshot> undo = new ArrayDeque<>();
  private final Deque<Snapshot> redo = new ArrayDeque<>();

  /** The state before a change, and the command that made the change (for "undone: edit 3 …"). */
  record Snapshot(Sandbox state, String command) {}

  void changed(Sandbox before, String command) {
    undo.push(new Snapshot(before, command));
    if (undo.size() > LIMIT) {
      undo.removeLast();
    }
    redo.clear();
  }

  /** The state to return to, remembering {@code current} for redo. */
  Optional<Snapshot> undo(Sandbox current) {
    if (undo.isEmpty()) {
      return Optional.empty();
    }
    Snapshot s = undo.pop();
    redo.push(new Snapshot(current, s.command()));
    return Optional.of(s);
  }

  Optional<Snapshot> redo(Sandbox current) {
    if (redo.isEmpty()) {
      return Optional.empty();
    }
    Snapshot s = redo.pop();
    undo.push(new Snapshot(current, s.command()));
    return Optional.of(s);
  }

  int undoable() {
    return undo.size();
  }

  int redoable() {
    return redo.size();
  }
}
