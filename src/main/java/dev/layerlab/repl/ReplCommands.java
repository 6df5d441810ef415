package dev.layerlab.repl;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The REPL's top level: every REPL command is one of its picocli subcommands. */
@Command(name = "layerlab", description = "Edit, build, step through and inspect a Dockerfile, all in memory.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands (COMMAND --help for one):%n",
    subcommands = {CommandLine.HelpCommand.class,
        DockerfileCommands.Show.class, DockerfileCommands.Edit.class, DockerfileCommands.Insert.class,
        DockerfileCommands.Delete.class, DockerfileCommands.Move.class, DockerfileCommands.Swap.class, EditorCommand.class,
        ContextCommands.Ls.class, ContextCommands.Cat.class, ContextCommands.Write.class, ContextCommands.Append.class,
        ContextCommands.Touch.class, ContextCommands.Mkdir.class, ContextCommands.Rm.class, ContextCommands.Chmod.class,
        BuildCommands.Build.class, BuildCommands.Step.class, BuildCommands.Next.class, BuildCommands.Continue.class,
        BuildCommands.Timeline.class,
        InspectCommands.Layers.class, InspectCommands.Diff.class, InspectCommands.Tree.class, InspectCommands.History.class,
        InspectCommands.Inspect.class, InspectCommands.Explain.class, InspectCommands.WhatIf.class,
        SessionCommands.Undo.class, SessionCommands.Redo.class, SessionCommands.Reset.class, SessionCommands.Save.class,
        SessionCommands.Load.class, LessonCommands.LessonCmd.class, LessonCommands.Goal.class, LessonCommands.Hint.class,
        LessonCommands.Check.class, LessonCommands.Solution.class, SessionCommands.Present.class, SessionCommands.Exit.class})
final class ReplCommands implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
