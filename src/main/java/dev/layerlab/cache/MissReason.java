package dev.layerlab.cache;

/** Why a step did not come from the cache, in words, with the old and new value where there is one. */
public sealed interface MissReason {
  String text();

  /** No earlier build ran this step. */
  record Cold() implements MissReason {
    public String text() {
      return "cold cache";
    }
  }

  /** {@code --no-cache}, or the stage is in {@code --no-cache-filter}. */
  record NoCache(String flag) implements MissReason {
    public String text() {
      return flag;
    }
  }

  /** A step before this one in the stage missed, so this step's parent changed. */
  record ParentMissed(String step) implements MissReason {
    public String text() {
      return "parent step missed: " + step;
    }
  }

  /** What the stage starts from changed (its base image, or the stage it is built FROM). */
  record BaseChanged(String what) implements MissReason {
    public String text() {
      return "base changed: " + what;
    }
  }

  record InstructionChanged(String was, String now) implements MissReason {
    public String text() {
      return "instruction changed: was " + was + ", now " + now;
    }
  }

  record BuildArgChanged(String name, String was, String now) implements MissReason {
    public String text() {
      return "build arg " + name + " changed: " + was + " → " + now;
    }
  }

  record EnvChanged(String name, String was, String now) implements MissReason {
    public String text() {
      return "ENV " + name + " changed: " + was + " → " + now;
    }
  }

  /** A copied file's content or mode changed, or a file was added or removed. */
  record SourceChanged(String path, String how) implements MissReason {
    public String text() {
      return how.equals("new") ? "new source file: " + path
          : how.equals("removed") ? "source file removed: " + path
          : "source changed: " + path + " (" + how + ")";
    }
  }

  /** Any other part of the key (workdir, user, shell, a mount) with its old and new value. */
  record PartChanged(String part, String was, String now) implements MissReason {
    public String text() {
      return part + " changed: " + (was.isEmpty() ? "(none)" : was) + " → " + (now.isEmpty() ? "(none)" : now);
    }
  }

  /** The key matches no entry although nothing visible changed (the entry was pruned). */
  record NotInCache() implements MissReason {
    public String text() {
      return "no matching cache entry (pruned?)";
    }
  }
}
