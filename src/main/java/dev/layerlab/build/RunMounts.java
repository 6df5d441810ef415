package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Mount;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.EntryType;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.fs.SimFs;
import dev.layerlab.shell.PathNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mounts of one RUN, set up before the command and taken down after, so that nothing they held
 * reaches the layer: a cache mount's contents go back to the session's store, a secret file and a
 * tmpfs vanish. As the real builder here does, a mount point the RUN had to create stays in the layer
 * as an empty directory.
 */
final class RunMounts {
  private final StageState stage;
  private final SimFs fs;
  private final BuildSession session;
  private final Instruction.Run at;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final List<Runnable> teardown = new ArrayList<>();

  RunMounts(StageState stage, BuildSession session, Instruction.Run at) {
    this.stage = stage;
    this.fs = stage.fs();
    this.session = session;
    this.at = at;
  }

  /** Extra environment the mounts give the command ({@code env=} secrets, SSH_AUTH_SOCK). */
  Map<String, String> env() {
    return env;
  }

  void setUp(List<Mount> mounts, String workdir) {
    int ssh = 0;
    for (Mount m : mounts) {
      switch (m.type()) {
        case "cache" -> cache(m, target(m, workdir));
        case "tmpfs" -> tmpfs(target(m, workdir));
        case "secret" -> secret(m, workdir);
        case "ssh" -> env.putIfAbsent("SSH_AUTH_SOCK", m.target().isEmpty() ? "/run/buildkit/ssh_agent." + ssh++ : m.target());
        default -> BindMount.setUp(m, target(m, workdir), stage, session, at, teardown);
      }
    }
  }

  void tearDown() {
    for (int i = teardown.size() - 1; i >= 0; i--) {
      teardown.get(i).run();
    }
  }

  private String target(Mount m, String workdir) {
    if (m.target().isEmpty()) {
      throw new BuildException("mount target is required", at.node().range());
    }
    return PathNames.resolve(workdir, m.target());
  }

  private void cache(Mount m, String target) {
    String id = m.id().isEmpty() ? target : m.id();
    fs.mkdirs(target, m.mode().orElse(0755), m.uid().orElse(0), m.gid().orElse(0));
    List<DiffEntry> saved = session.request.cache().mounts().contents(id);
    fs.apply(new LayerDiff(saved.stream().map(e -> rebase(e, target)).toList()));
    teardown.add(() -> {
      session.request.cache().mounts().save(id, capture(target));
      clear(target);
    });
  }

  private void tmpfs(String target) {
    fs.mkdirs(target, 01777, 0, 0);
    teardown.add(() -> clear(target));
  }

  private void secret(Mount m, String workdir) {
    String id = !m.id().isEmpty() ? m.id() : !m.source().isEmpty() ? m.source() : PathNames.base(m.target());
    byte[] value = session.request.secrets().get(id);
    if (value == null) {
      if (m.required()) {
        throw new BuildException("secret " + id + ": not found", at.node().range());
      }
      return;
    }
    if (!m.env().isEmpty()) {
      env.put(m.env(), new String(value, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (m.target().isEmpty() && !m.env().isEmpty()) {
      return;
    }
    String target = m.target().isEmpty() ? "/run/secrets/" + PathNames.base(id) : PathNames.resolve(workdir, m.target());
    // The real builder leaves the directories it made for the mount point in the layer, not the file.
    createParents(PathNames.parent(target));
    fs.writeFile(target, Content.of(value), m.mode().orElse(0400), m.uid().orElse(0), m.gid().orElse(0));
    teardown.add(() -> fs.delete(target));
  }

  /** Creates missing directories up to {@code dir}, as runc makes a mount point's parents. */
  private void createParents(String dir) {
    fs.mkdirs(dir, 0755, 0, 0);
  }

  private List<DiffEntry> capture(String target) {
    List<DiffEntry> out = new ArrayList<>();
    fs.walk(target).filter(e -> !e.path().equals(target)).forEach(e -> out.add(relative(e, target)));
    return out;
  }

  private void clear(String target) {
    for (String child : fs.list(target)) {
      fs.deleteRecursive(PathNames.join(target, child));
    }
  }

  private static DiffEntry relative(Entry e, String root) {
    String rel = e.path().substring(root.length() + 1);
    if (e.type() == EntryType.DIR) {
      return DiffEntry.dir(rel, e.mode(), e.uid(), e.gid());
    }
    if (e.type() == EntryType.SYMLINK) {
      return DiffEntry.symlink(rel, e.linkTarget().orElse(""), e.uid(), e.gid());
    }
    return DiffEntry.file(rel, e.content().orElse(Content.empty()), e.mode(), e.uid(), e.gid());
  }

  private static DiffEntry rebase(DiffEntry e, String target) {
    String path = target.substring(1) + "/" + e.path();
    return new DiffEntry(path, e.type(), e.size(), e.mode(), e.uid(), e.gid(), e.link(), e.content());
  }
}
