package dev.layerlab.build;

import dev.layerlab.build.copy.CopyException;
import dev.layerlab.build.copy.CopyOperation;
import dev.layerlab.build.copy.CopyOutcome;
import dev.layerlab.build.copy.CopyRequest;
import dev.layerlab.build.copy.SourceTree;
import dev.layerlab.cache.KeyPart;
import dev.layerlab.dockerfile.Heredoc;
import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step COPY and ADD share: expand the arguments, pick the source (context, stage or image), copy
 * with BuildKit's rules, and record the layer with the history text the real builder writes. The
 * cache key is the instruction and the content and mode of every file copied — never mtime.
 */
final class CopyStep {
  private CopyStep() {}

  static void run(Instruction at, CopyRequest.Kind kind, Instruction.Sources sources, Optional<String> from,
      CopyRequest flags, StageState s, BuildSession session, Expand expand) {
    String name = session.legacy() ? at.node().original().strip() : expand.stepName(s, at);
    List<String> srcs = sources.paths().stream().map(p -> expand.word(s, at, p)).toList();
    String dest = expand.word(s, at, sources.dest());
    List<CopyRequest.InlineFile> inline = new ArrayList<>();
    for (Heredoc h : sources.inline()) {
      inline.add(new CopyRequest.InlineFile(h.name(), expand.heredoc(s, at, h)));
    }
    CopyRequest req = new CopyRequest(kind, srcs, dest, s.workdir(), flags.chown().map(c -> expand.word(s, at, c)),
        flags.chmod().map(c -> expand.word(s, at, c)), flags.link(), flags.parents(), flags.excludes(),
        flags.unpack(), inline);
    String source = SourceTrees.identity(from.orElse(""), session, s, at);
    List<KeyPart> parts = instructionParts(req, from);
    CopyOutcome[] done = new CopyOutcome[1];
    session.copyStep(s, at, name, parts, inputs(parts, req, source, s, session), () -> {
      SourceTree tree = SourceTrees.resolve(from.orElse(""), session, s, at);
      try {
        done[0] = CopyOperation.apply(tree, s.fs(), req);
      } catch (CopyException e) {
        throw new BuildException(session.legacy() ? legacyError(kind, e) : e.getMessage(), at.node().range());
      }
      String text = session.legacy() ? legacyCreatedBy(s, kind, done[0], dest) : createdBy(kind, srcs, sources.inline(), dest);
      return new BuildSession.Outcome(text, CostModel.copy(done[0].size()), List.of(), done[0].notes());
    }, layer -> CopiedFiles.parts(layer, done[0]));
  }

  /**
   * Everything that decides what this copy makes: the builder, the expanded instruction, the shell (in
   * the legacy builder's history text), the content of the layers below it (not the cache key, which a {@code --no-cache} rerun of a RUN keeps while its
   * files may differ) and the identity of what it copies from.
   */
  private static String inputs(List<KeyPart> parts, CopyRequest req, String source, StageState s,
      BuildSession session) {
    StringBuilder b = new StringBuilder(session.legacy() ? "legacy" : "buildkit");
    parts.forEach(p -> b.append('\n').append(p.name()).append('=').append(p.value()));
    b.append("\nlink=").append(req.link()).append("\nunpack=").append(req.unpack()).append("\nfrom=").append(source);
    b.append("\nshell=").append(String.join(" ", s.config.effectiveShell())); // the legacy builder's history text
    s.layers.forEach(l -> b.append("\nbelow=").append(l.digest()));
    return dev.layerlab.fs.Content.of(b.toString()).digest();
  }

  /**
   * The legacy builder's text: {@code /bin/sh -c #(nop) COPY file:<hash> in <dest> }, with the hash it
   * computes of what was copied ({@code dir:} for a directory, {@code multi:} for several sources; see
   * {@code LegacyHash}).
   */
  private static String legacyCreatedBy(StageState s, CopyRequest.Kind kind, CopyOutcome out, String dest) {
    return s.legacyNop() + " " + kind.name() + " " + out.legacyHash() + " in " + dest + " ";
  }

  /** The legacy builder's words for a missing source; other errors keep BuildKit's. */
  private static String legacyError(CopyRequest.Kind kind, CopyException e) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"/([^\"]*)\": not found").matcher(e.getMessage());
    if (e.kind() == CopyException.Kind.NOT_FOUND && m.find()) {
      return kind.name() + " failed: file not found in build context or excluded by .dockerignore: stat " + m.group(1)
          + ": file does not exist";
    }
    return e.getMessage();
  }

  private static List<KeyPart> instructionParts(CopyRequest req, Optional<String> from) {
    List<String> words = new ArrayList<>();
    words.add(req.kind().name());
    req.chown().ifPresent(c -> words.add("--chown=" + c));
    req.chmod().ifPresent(c -> words.add("--chmod=" + c));
    if (req.parents()) {
      words.add("--parents");
    }
    req.excludes().forEach(e -> words.add("--exclude=" + e));
    req.inlineFiles().forEach(f -> words.add("<<" + f.name() + ":" + f.content().digest()));
    words.addAll(req.sources());
    words.add(req.dest());
    List<KeyPart> parts = new ArrayList<>();
    parts.add(KeyPart.of("instruction", String.join(" ", words)));
    parts.add(KeyPart.of("workdir", req.workdir()));
    return parts;
  }

  /**
   * What the real builder records: the expanded sources (heredocs as {@code <<NAME}) and destination.
   * {@code --from}, {@code --link}, {@code --chown} and {@code --chmod} are not recorded by the builder
   * the scenarios were taken from.
   */
  private static String createdBy(CopyRequest.Kind kind, List<String> srcs, List<Heredoc> inline, String dest) {
    List<String> words = new ArrayList<>();
    inline.forEach(h -> words.add("<<" + h.name()));
    words.addAll(srcs);
    words.add(dest);
    return kind.name() + " " + String.join(" ", words) + " # buildkit";
  }
}
