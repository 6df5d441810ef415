package dev.layerlab.dockerfile;

import static dev.layerlab.dockerfile.Flags.Kind.BOOL;
import static dev.layerlab.dockerfile.Flags.Kind.STRING;
import static dev.layerlab.dockerfile.Flags.Kind.STRINGS;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parser nodes to typed instructions, with BuildKit's checks of argument counts and flags. Its errors
 * are wrapped as {@code dockerfile parse error on line N: …}, as BuildKit wraps them.
 */
public final class InstructionParser {
  static final List<String> NAMES = List.of("add", "arg", "cmd", "copy", "entrypoint", "env", "expose", "from",
      "healthcheck", "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user", "volume", "workdir");
  private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
  private static final Pattern ONBUILD_PREFIX = Pattern.compile("(?i)^\\s*ONBUILD\\s*");

  private static final Map<String, Function<Request, Instruction>> PARSERS = Map.ofEntries(
      Map.entry("from", InstructionParser::from),
      Map.entry("run", InstructionParser::run),
      Map.entry("cmd", r -> new Instruction.Cmd(r.node(), withFlags(r).commandLine())),
      Map.entry("entrypoint", r -> new Instruction.Entrypoint(r.node(), withFlags(r).commandLine())),
      Map.entry("env", r -> new Instruction.Env(r.node(), keyValues(r, "ENV"))),
      Map.entry("label", r -> new Instruction.Label(r.node(), keyValues(r, "LABEL"))),
      Map.entry("maintainer", r -> new Instruction.Maintainer(r.node(), one(withFlags(r), "MAINTAINER"))),
      Map.entry("expose", InstructionParser::expose),
      Map.entry("copy", InstructionParser::copy),
      Map.entry("add", InstructionParser::add),
      Map.entry("volume", InstructionParser::volume),
      Map.entry("user", r -> new Instruction.User(r.node(), one(withFlags(r), "USER"))),
      Map.entry("workdir", r -> new Instruction.Workdir(r.node(), one(withFlags(r), "WORKDIR"))),
      Map.entry("arg", InstructionParser::arg),
      Map.entry("onbuild", InstructionParser::onbuild),
      Map.entry("stopsignal", r -> new Instruction.StopSignal(r.node(), one(r, "STOPSIGNAL"))),
      Map.entry("healthcheck", HealthcheckParser::parse),
      Map.entry("shell", InstructionParser::shell));

  private InstructionParser() {}

  /** Types one node; a mistake throws {@link DockerfileException} with BuildKit's wrapped message. */
  public static Instruction parse(Node node) {
    Function<Request, Instruction> parser = PARSERS.get(node.command());
    try {
      if (parser == null) {
        throw Request.error(Suggest.wrap("unknown instruction: " + node.keyword(), node.keyword(), NAMES, false));
      }
      return parser.apply(Request.of(node));
    } catch (DockerfileException e) {
      throw new DockerfileException(Diagnostic.wrapped(e.diagnostic().message(), node.range()));
    }
  }

  private static Request withFlags(Request r) {
    r.parseFlags();
    return r;
  }

  private static String one(Request r, String cmd) {
    if (r.args().size() != 1) {
      throw r.exactlyOne(cmd);
    }
    return r.args().get(0);
  }

  private static Instruction from(Request r) {
    List<String> args = r.args();
    Optional<String> name = Optional.empty();
    if (args.size() == 3 && args.get(1).equalsIgnoreCase("as")) {
      String lower = args.get(2).toLowerCase(Locale.ROOT);
      if (!STAGE_NAME.matcher(lower).matches()) {
        throw Request.error("invalid name for build stage: " + GoQuote.quote(args.get(2))
            + ", name can't start with a number or contain symbols");
      }
      name = Optional.of(lower);
    } else if (args.size() != 1) {
      throw Request.error("FROM requires either one or three arguments");
    }
    Flags f = r.flags().declare("platform", STRING).parse(r.node().flags());
    return new Instruction.From(r.node(), args.get(0), name, f.string("platform").filter(s -> !s.isEmpty()));
  }

  private static Instruction run(Request r) {
    Flags f = r.flags().declare("mount", STRINGS).declare("network", STRING).declare("security", STRING)
        .parse(r.node().flags());
    Optional<String> network = f.string("network");
    network.filter(n -> !List.of("default", "none", "host").contains(n)).ifPresent(n -> {
      throw Request.error("invalid network mode " + GoQuote.quote(n));
    });
    Optional<String> security = f.string("security");
    security.filter(s -> !List.of("sandbox", "insecure").contains(s)).ifPresent(s -> {
      throw Request.error("security " + GoQuote.quote(s) + " is not valid");
    });
    for (String mount : f.strings("mount")) {
      // Without variables a mount can be checked whole now, which reports mistakes at parse time;
      // with variables only its shape is checked until the step runs and they are expanded.
      Mount.parse(mount, mount.contains("$") ? Optional.empty() : Optional.of(v -> v));
    }
    return new Instruction.Run(r.node(), r.commandLine(), f.strings("mount"), network, security, r.node().heredocs());
  }

  private static List<Instruction.KeyValue> keyValues(Request r, String cmd) {
    if (r.args().isEmpty()) {
      throw r.atLeastOne(cmd);
    }
    if (r.args().size() % 3 != 0) {
      throw Request.error("Bad input to " + cmd + ", too many arguments");
    }
    r.parseFlags();
    List<Instruction.KeyValue> out = new java.util.ArrayList<>();
    for (int i = 0; i < r.args().size(); i += 3) {
      if (r.args().get(i).isEmpty()) {
        throw Request.error(cmd + " names can not be blank");
      }
      out.add(new Instruction.KeyValue(r.args().get(i), r.args().get(i + 1)));
    }
    return out;
  }

  private static Instruction expose(Request r) {
    if (r.args().isEmpty()) {
      throw r.atLeastOne("EXPOSE");
    }
    r.parseFlags();
    return new Instruction.Expose(r.node(), r.args());
  }

  private static Instruction copy(Request r) {
    Flags f = r.flags().declare("from", STRING).declare("chown", STRING).declare("chmod", STRING)
        .declare("link", BOOL).declare("parents", BOOL).declare("exclude", STRINGS);
    if (r.args().size() < 2) {
      SourcesParser.parse(r, "COPY");
    }
    f.parse(r.node().flags());
    Instruction.Sources s = SourcesParser.parse(r, "COPY");
    checkChmod(f.string("chmod"));
    return new Instruction.Copy(r.node(), s, f.string("from").filter(v -> !v.isEmpty()), f.string("chown"),
        f.string("chmod"), f.bool("link"), f.bool("parents"), f.strings("exclude"));
  }

  private static Instruction add(Request r) {
    Flags f = r.flags().declare("chown", STRING).declare("chmod", STRING).declare("link", BOOL)
        .declare("keep-git-dir", BOOL).declare("checksum", STRING).declare("unpack", BOOL)
        .declare("exclude", STRINGS);
    if (r.args().size() < 2) {
      SourcesParser.parse(r, "ADD");
    }
    f.parse(r.node().flags());
    Instruction.Sources s = SourcesParser.parse(r, "ADD");
    checkChmod(f.string("chmod"));
    return new Instruction.Add(r.node(), s, f.string("chown"), f.string("chmod"), f.bool("link"),
        f.bool("keep-git-dir"), f.string("checksum"), f.string("unpack").map(Boolean::parseBoolean),
        f.strings("exclude"));
  }

  /** Octal modes must be at most 07777; symbolic modes ({@code u=rwX,go=rX}) are checked when used. */
  private static void checkChmod(Optional<String> chmod) {
    chmod.filter(m -> m.matches("[0-9]+")).ifPresent(m -> {
      boolean ok = m.matches("[0-7]+") && Long.parseLong(m, 8) <= 07777;
      if (!ok) {
        throw Request.error("invalid chmod parameter: '" + m + "'. it should be octal string and between 0 and 07777");
      }
    });
  }

  private static Instruction volume(Request r) {
    if (r.args().isEmpty()) {
      throw r.atLeastOne("VOLUME");
    }
    r.parseFlags();
    for (String v : r.args()) {
      if (v.strip().isEmpty()) {
        throw Request.error("VOLUME specified can not be an empty string");
      }
    }
    return new Instruction.Volume(r.node(), r.args().stream().map(String::strip).toList());
  }

  /** ARG never checks its flags: extra {@code --x} words are dropped, as BuildKit drops them. */
  private static Instruction arg(Request r) {
    if (r.args().isEmpty()) {
      throw r.atLeastOne("ARG");
    }
    List<Instruction.ArgDef> defs = r.args().stream().map(a -> {
      int eq = a.indexOf('=');
      return eq < 0 ? new Instruction.ArgDef(a, Optional.empty())
          : new Instruction.ArgDef(a.substring(0, eq), Optional.of(a.substring(eq + 1)));
    }).toList();
    return new Instruction.Arg(r.node(), defs);
  }

  private static Instruction onbuild(Request r) {
    if (r.args().isEmpty()) {
      throw r.atLeastOne("ONBUILD");
    }
    r.parseFlags();
    String trigger = r.args().get(0).strip().toUpperCase(Locale.ROOT);
    if (trigger.equals("ONBUILD")) {
      throw Request.error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    }
    if (trigger.equals("MAINTAINER") || trigger.equals("FROM")) {
      throw Request.error(trigger + " isn't allowed as an ONBUILD trigger");
    }
    StringBuilder expression = new StringBuilder(ONBUILD_PREFIX.matcher(r.node().original()).replaceFirst(""));
    r.node().heredocs().forEach(h -> expression.append('\n').append(h.content()).append(h.name()));
    return new Instruction.OnBuild(r.node(), expression.toString());
  }

  private static Instruction shell(Request r) {
    r.parseFlags();
    Instruction.CommandLine cl = r.commandLine();
    if (cl.args().isEmpty()) {
      throw r.atLeastOne("SHELL");
    }
    if (cl.shellForm()) {
      throw Request.error("SHELL requires the arguments to be in JSON form");
    }
    return new Instruction.Shell(r.node(), cl.args());
  }
}
