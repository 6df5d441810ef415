package dev.layerlab.repl;

import picocli.CommandLine;

/** Creates the REPL's commands, each handed the session it acts on. */
final class CommandFactory implements CommandLine.IFactory {
  private final Session session;

  CommandFactory(Session session) {
    this.session = session;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    K object = CommandLine.defaultFactory().create(cls);
    if (object instanceof SessionCommand c) {
      c.session = session;
    }
    return object;
  }
}
