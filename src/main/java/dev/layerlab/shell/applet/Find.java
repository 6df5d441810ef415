package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Glob;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code find [PATH]... [EXPR]}: {@code -name -iname -path -type -maxdepth -mindepth -delete -print
 * -exec … {} \;} and {@code {} +}, {@code !}/{@code -not}, all ANDed.
 */
final class Find implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> args = inv.args();
    int i = 0;
    List<String> roots = new ArrayList<>();
    while (i < args.size() && !args.get(i).startsWith("-") && !args.get(i).equals("!") && !args.get(i).equals("(")) {
      roots.add(args.get(i++));
    }
    Query q;
    try {
      q = Query.parse(args.subList(i, args.size()));
    } catch (IllegalArgumentException e) {
      return inv.fail(e.getMessage());
    }
    int status = 0;
    for (String root : roots.isEmpty() ? List.of(".") : roots) {
      Optional<Entry> e = FileArgs.lstat(inv, root);
      if (e.isEmpty()) {
        status = inv.fail(root + ": No such file or directory");
        continue;
      }
      status |= walk(inv, q, root, inv.resolve(root), e.get(), 0);
    }
    status |= q.flush(inv);
    return status;
  }

  private static int walk(Invocation inv, Query q, String shown, String path, Entry e, int depth) {
    int status = 0;
    boolean matches = depth >= q.minDepth && q.matches(shown, e);
    if (matches && !q.deleteAction) {
      status |= q.act(inv, shown);
    }
    if (e.isDir() && depth < q.maxDepth) {
      for (String name : inv.fs().list(path)) {
        String child = PathNames.join(path, name);
        Optional<Entry> ce = inv.fs().stat(child);
        if (ce.isPresent()) {
          status |= walk(inv, q, PathNames.join(shown, name), child, ce.get(), depth + 1);
        }
      }
    }
    if (matches && q.deleteAction) {
      try {
        inv.fs().delete(path);
      } catch (FsException x) {
        status = inv.fail(shown + ": " + x.reason());
      }
    }
    return status;
  }

  /** A test of the expression, over the path as shown and its entry. */
  private interface Expr {
    boolean test(String shown, Entry e);
  }

  /** The parsed expression: tests combined with ! -a -o ( ), and the action. */
  private static final class Query {
    Expr expr = (s, e) -> true;
    List<String> exec = List.of();
    boolean execBatch;
    final List<String> batch = new ArrayList<>();
    boolean deleteAction;
    boolean print;
    int maxDepth = Integer.MAX_VALUE;
    int minDepth;
    private List<String> a;
    private int pos;

    static Query parse(List<String> args) {
      Query q = new Query();
      q.a = args;
      if (!args.isEmpty()) {
        q.expr = q.or();
      }
      if (q.pos < args.size()) {
        throw new IllegalArgumentException("unexpected " + args.get(q.pos));
      }
      return q;
    }

    private Expr or() {
      Expr left = and();
      while (pos < a.size() && (a.get(pos).equals("-o") || a.get(pos).equals("-or"))) {
        pos++;
        Expr l = left;
        Expr r = and();
        left = (s, e) -> l.test(s, e) || r.test(s, e);
      }
      return left;
    }

    private Expr and() {
      Expr left = not();
      while (pos < a.size() && !a.get(pos).equals("-o") && !a.get(pos).equals("-or") && !a.get(pos).equals(")")) {
        if (a.get(pos).equals("-a") || a.get(pos).equals("-and")) {
          pos++;
        }
        Expr l = left;
        Expr r = not();
        left = (s, e) -> l.test(s, e) && r.test(s, e);
      }
      return left;
    }

    private Expr not() {
      if (pos < a.size() && (a.get(pos).equals("!") || a.get(pos).equals("-not"))) {
        pos++;
        Expr inner = not();
        return (s, e) -> !inner.test(s, e);
      }
      return primary();
    }

    private Expr primary() {
      String t = value(pos++, "expression");
      switch (t) {
        case "(":
          Expr inner = or();
          if (!value(pos++, "(").equals(")")) {
            throw new IllegalArgumentException("missing )");
          }
          return inner;
        case "-print": case "-print0": print = true; return (s, e) -> true;
        case "-delete": deleteAction = true; return (s, e) -> true;
        case "-maxdepth": maxDepth = Integer.parseInt(value(pos++, t)); return (s, e) -> true;
        case "-mindepth": minDepth = Integer.parseInt(value(pos++, t)); return (s, e) -> true;
        case "-exec": case "-execdir": pos = exec(pos) + 1; return (s, e) -> true;
        case "-xdev": case "-depth": case "-mount": case "-prune": return (s, e) -> true;
        case "-name": case "-iname": case "-path": case "-wholename": case "-type": case "-user": case "-perm":
          String arg = value(pos++, t);
          return (s, e) -> test(t, arg, s, e);
        default: throw new IllegalArgumentException("unrecognized: " + t);
      }
    }

    private String value(int i, String option) {
      if (i >= a.size()) {
        throw new IllegalArgumentException(option + " requires an argument");
      }
      return a.get(i);
    }

    private int exec(int from) {
      int end = from;
      while (end < a.size() && !a.get(end).equals(";") && !(a.get(end).equals("+") && end > from && a.get(end - 1).equals("{}"))) {
        end++;
      }
      if (end >= a.size() || end == from) {
        throw new IllegalArgumentException("-exec requires an argument");
      }
      exec = new ArrayList<>(a.subList(from, end));
      execBatch = a.get(end).equals("+");
      return end;
    }

    boolean matches(String shown, Entry e) {
      return expr.test(shown, e);
    }
    private static boolean test(String op, String arg, String shown, Entry e) {
      switch (op) {
        case "-name": return Glob.matches(arg, PathNames.base(shown));
        case "-iname": return Glob.matches(arg.toLowerCase(), PathNames.base(shown).toLowerCase());
        case "-path": case "-wholename": return Glob.matches(arg, shown);
        case "-type":
          return arg.equals("f") ? e.isFile() : arg.equals("d") ? e.isDir() : arg.equals("l") && e.isSymlink();
        case "-perm": return Integer.toOctalString(e.mode()).equals(arg.replaceFirst("^0+", ""));
        default: return true;
      }
    }

    int act(Invocation inv, String shown) {
      if (exec.isEmpty()) {
        inv.out(shown + "\n");
        return 0;
      }
      if (execBatch) {
        batch.add(shown);
        return 0;
      }
      List<String> argv = new ArrayList<>();
      exec.forEach(x -> argv.add(x.replace("{}", shown)));
      if (print) {
        inv.out(shown + "\n");
      }
      return inv.run(argv, inv.io()) == 0 ? 0 : 1;
    }

    int flush(Invocation inv) {
      if (!execBatch || batch.isEmpty()) {
        return 0;
      }
      List<String> argv = new ArrayList<>();
      for (String x : exec) {
        if (x.equals("{}")) {
          argv.addAll(batch);
        } else {
          argv.add(x);
        }
      }
      return inv.run(argv, inv.io()) == 0 ? 0 : 1;
    }
  }
}
