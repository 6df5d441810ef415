package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;

/** Sends each instruction to its handler; one handler per instruction. */
final class Dispatcher implements Instruction.Visitor<Void> {
  private final StageState s;
  private final BuildSession session;
  private final Expand expand;

  Dispatcher(StageState s, BuildSession session, Expand expand) {
    this.s = s;
    this.session = session;
    this.expand = expand;
  }

  @Override public Void from(Instruction.From i) {
    throw new IllegalStateException("FROM starts a stage; it is never dispatched inside one");
  }

  @Override public Void run(Instruction.Run i) { RunHandler.handle(i, s, session, expand); return null; }
  @Override public Void cmd(Instruction.Cmd i) { CmdHandler.handle(i, s, session); return null; }
  @Override public Void entrypoint(Instruction.Entrypoint i) { EntrypointHandler.handle(i, s, session); return null; }
  @Override public Void env(Instruction.Env i) { EnvHandler.handle(i, s, session, expand); return null; }
  @Override public Void label(Instruction.Label i) { LabelHandler.handle(i, s, session, expand); return null; }
  @Override public Void maintainer(Instruction.Maintainer i) { MaintainerHandler.handle(i, s, session); return null; }
  @Override public Void expose(Instruction.Expose i) { ExposeHandler.handle(i, s, session, expand); return null; }
  @Override public Void copy(Instruction.Copy i) { CopyHandler.handle(i, s, session, expand); return null; }
  @Override public Void add(Instruction.Add i) { AddHandler.handle(i, s, session, expand); return null; }
  @Override public Void volume(Instruction.Volume i) { VolumeHandler.handle(i, s, session, expand); return null; }
  @Override public Void user(Instruction.User i) { UserHandler.handle(i, s, session, expand); return null; }
  @Override public Void workdir(Instruction.Workdir i) { WorkdirHandler.handle(i, s, session, expand); return null; }
  @Override public Void arg(Instruction.Arg i) { ArgHandler.handle(i, s, session, expand); return null; }
  @Override public Void onbuild(Instruction.OnBuild i) { OnBuildHandler.handle(i, s, session); return null; }
  @Override public Void stopSignal(Instruction.StopSignal i) { StopSignalHandler.handle(i, s, session, expand); return null; }
  @Override public Void healthcheck(Instruction.Healthcheck i) { HealthcheckHandler.handle(i, s, session); return null; }
  @Override public Void shell(Instruction.Shell i) { ShellHandler.handle(i, s, session); return null; }
}
