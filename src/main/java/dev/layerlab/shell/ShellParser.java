package dev.layerlab.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Recursive-descent parser for the POSIX shell grammar subset: tokens to a {@link Node} tree. */
public final class ShellParser {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> REDIRECT_OPS = Set.of(">", ">>", ">|", "<", "<>", ">&", "<&", "<<", "<<-");
  private static final int MAX_NESTING = 200;

  private final ShellLexer lexer;
  private Token peeked;
  private int nesting;

  private ShellParser(String script) {
    this.lexer = new ShellLexer(script);
  }

  /** Parses a whole script; throws {@link ShellSyntaxException} with dash's wording. */
  public static Node parse(String script) {
    ShellParser parser = new ShellParser(script);
    try {
      Node program = parser.list(Set.of());
      Token end = parser.peek();
      if (end.kind() != Token.Kind.EOF) {
        throw parser.unexpected(end);
      }
      return program;
    } catch (StackOverflowError e) {
      throw new ShellSyntaxException("Syntax error: script nested too deeply", parser.peek().line());
    }
  }

  static boolean isName(String s) {
    return NAME.matcher(s).matches();
  }

  private Token peek() {
    if (peeked == null) {
      peeked = lexer.next();
    }
    return peeked;
  }

  private Token take() {
    Token t = peek();
    peeked = null;
    return t;
  }

  private void skipNewlines() {
    while (peek().kind() == Token.Kind.NEWLINE) {
      take();
    }
  }

  private boolean atListEnd(Set<String> terminators) {
    Token t = peek();
    return t.kind() == Token.Kind.EOF
        || (t.kind() == Token.Kind.OP && (t.text().equals(")") || t.text().equals(";;")))
        || (t.kind() == Token.Kind.WORD && terminators.contains(t.text()));
  }

  private Node list(Set<String> terminators) {
    List<Node> items = new ArrayList<>();
    skipNewlines();
    while (!atListEnd(terminators)) {
      items.add(andOr());
      Token sep = peek();
      if (sep.isOp(";") || sep.isOp("&") || sep.kind() == Token.Kind.NEWLINE) {
        take();
        skipNewlines();
      } else {
        break;
      }
    }
    return items.size() == 1 ? items.get(0) : new Node.Sequence(List.copyOf(items));
  }

  private Node nonEmptyList(Set<String> terminators) {
    Token first = peekAfterNewlines();
    Node body = list(terminators);
    if (body instanceof Node.Sequence && ((Node.Sequence) body).items().isEmpty()) {
      throw unexpected(peek().kind() == Token.Kind.EOF ? first : peek());
    }
    return body;
  }

  private Token peekAfterNewlines() {
    skipNewlines();
    return peek();
  }

  private Node andOr() {
    Node left = pipeline();
    while (peek().isOp("&&") || peek().isOp("||")) {
      boolean and = take().text().equals("&&");
      skipNewlines();
      left = new Node.AndOr(left, and, pipeline());
    }
    return left;
  }

  private Node pipeline() {
    boolean negated = false;
    if (peek().isWord("!")) {
      take();
      negated = true;
    }
    List<Node> commands = new ArrayList<>();
    commands.add(command());
    while (peek().isOp("|")) {
      take();
      skipNewlines();
      commands.add(command());
    }
    return commands.size() == 1 && !negated ? commands.get(0) : new Node.Pipeline(List.copyOf(commands), negated);
  }

  private Node command() {
    if (++nesting > MAX_NESTING) {
      throw new ShellSyntaxException("Syntax error: script nested too deeply", peek().line());
    }
    try {
      Optional<Node> compound = compound();
      return compound.isPresent() ? withRedirects(compound.get()) : simple();
    } finally {
      nesting--;
    }
  }

  private Optional<Node> compound() {
    Token t = peek();
    if (t.isOp("(")) {
      take();
      Node body = nonEmptyList(Set.of());
      expectOp(")");
      return Optional.of(new Node.Subshell(body));
    }
    if (t.kind() != Token.Kind.WORD) {
      return Optional.empty();
    }
    switch (t.text()) {
      case "{":
        take();
        Node body = nonEmptyList(Set.of("}"));
        expectWord("}");
        return Optional.of(new Node.BraceGroup(body));
      case "if":
        return Optional.of(ifClause());
      case "for":
        return Optional.of(forClause());
      case "while":
      case "until":
        return Optional.of(loop());
      case "case":
        return Optional.of(caseClause());
      default:
        return Optional.empty();
    }
  }

  private Node withRedirects(Node body) {
    List<Redirect> redirects = new ArrayList<>();
    while (isRedirectStart(peek())) {
      redirects.add(redirect());
    }
    return redirects.isEmpty() ? body : new Node.Redirected(body, List.copyOf(redirects));
  }

  private Node ifClause() {
    take();
    List<Node.Branch> branches = new ArrayList<>();
    Optional<Node> otherwise = Optional.empty();
    while (true) {
      Node condition = nonEmptyList(Set.of("then"));
      expectWord("then");
      Node body = nonEmptyList(Set.of("elif", "else", "fi"));
      branches.add(new Node.Branch(condition, body));
      String next = expectWord("elif", "else", "fi");
      if (next.equals("else")) {
        otherwise = Optional.of(nonEmptyList(Set.of("fi")));
        expectWord("fi");
      }
      if (!next.equals("elif")) {
        return new Node.If(List.copyOf(branches), otherwise);
      }
    }
  }

  private Node forClause() {
    take();
    Token name = take();
    if (name.kind() != Token.Kind.WORD || !isName(name.text())) {
      throw new ShellSyntaxException("Syntax error: Bad for loop variable", name.line());
    }
    Optional<List<Word>> items = Optional.empty();
    skipNewlines();
    if (peek().isWord("in")) {
      take();
      List<Word> words = new ArrayList<>();
      while (peek().kind() == Token.Kind.WORD) {
        words.add(new Word(take().text()));
      }
      items = Optional.of(List.copyOf(words));
    }
    if (peek().isOp(";")) {
      take();
    }
    skipNewlines();
    return new Node.For(name.text(), items, doGroup());
  }

  private Node doGroup() {
    expectWord("do");
    Node body = nonEmptyList(Set.of("done"));
    expectWord("done");
    return body;
  }

  private Node loop() {
    boolean until = take().text().equals("until");
    Node condition = nonEmptyList(Set.of("do"));
    return new Node.Loop(condition, doGroup(), until);
  }

  private Node caseClause() {
    take();
    Token subject = take();
    if (subject.kind() != Token.Kind.WORD) {
      throw unexpected(subject);
    }
    skipNewlines();
    expectWord("in");
    List<Node.CaseItem> items = new ArrayList<>();
    skipNewlines();
    while (!peek().isWord("esac")) {
      items.add(caseItem());
      skipNewlines();
    }
    take();
    return new Node.Case(new Word(subject.text()), List.copyOf(items));
  }

  private Node.CaseItem caseItem() {
    if (peek().isOp("(")) {
      take();
    }
    List<Word> patterns = new ArrayList<>();
    do {
      Token p = take();
      if (p.kind() != Token.Kind.WORD) {
        throw unexpected(p);
      }
      patterns.add(new Word(p.text()));
    } while (peek().isOp("|") && take() != null);
    expectOp(")");
    Node body = list(Set.of("esac"));
    boolean empty = body instanceof Node.Sequence && ((Node.Sequence) body).items().isEmpty();
    if (peek().isOp(";;")) {
      take();
    } else if (!peek().isWord("esac")) {
      throw unexpected(peek());
    }
    return new Node.CaseItem(List.copyOf(patterns), empty ? Optional.empty() : Optional.of(body));
  }

  private Node simple() {
    List<Assignment> assignments = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    int line = peek().line();
    while (true) {
      Token t = peek();
      if (isRedirectStart(t)) {
        redirects.add(redirect());
      } else if (t.kind() == Token.Kind.WORD) {
        take();
        if (words.isEmpty() && isAssignment(t.text())) {
          int eq = t.text().indexOf('=');
          assignments.add(new Assignment(t.text().substring(0, eq), new Word(t.text().substring(eq + 1))));
        } else if (words.isEmpty() && assignments.isEmpty() && redirects.isEmpty() && peek().isOp("(")) {
          return functionDef(t);
        } else {
          words.add(new Word(t.text()));
        }
      } else {
        break;
      }
    }
    if (assignments.isEmpty() && words.isEmpty() && redirects.isEmpty()) {
      throw unexpected(peek());
    }
    return new Node.SimpleCommand(List.copyOf(assignments), List.copyOf(words), List.copyOf(redirects), line);
  }

  private Node functionDef(Token name) {
    take();
    expectOp(")");
    skipNewlines();
    Optional<Node> body = compound();
    if (body.isEmpty()) {
      throw unexpected(peek());
    }
    return new Node.FunctionDef(name.text(), withRedirects(body.get()));
  }

  private static boolean isAssignment(String word) {
    int eq = word.indexOf('=');
    return eq > 0 && isName(word.substring(0, eq));
  }

  private static boolean isRedirectStart(Token t) {
    return t.kind() == Token.Kind.IO_NUMBER || (t.kind() == Token.Kind.OP && REDIRECT_OPS.contains(t.text()));
  }

  private Redirect redirect() {
    int fd = -1;
    if (peek().kind() == Token.Kind.IO_NUMBER) {
      fd = parseFd(take().text());
    }
    Token op = take();
    if (op.kind() != Token.Kind.OP || !REDIRECT_OPS.contains(op.text())) {
      throw unexpected(op);
    }
    Token target = take();
    if (target.kind() != Token.Kind.WORD) {
      throw unexpected(target);
    }
    int defaultFd = op.text().startsWith("<") ? 0 : 1;
    if (!op.text().startsWith("<<")) {
      return new Redirect(fd < 0 ? defaultFd : fd, op.text(), new Word(target.text()), Optional.empty());
    }
    HereDoc doc = new HereDoc(QuoteRemoval.remove(target.text()), isUnquoted(target.text()), op.text().equals("<<-"));
    lexer.expectHereDoc(doc);
    return new Redirect(fd < 0 ? 0 : fd, "<<", new Word(target.text()), Optional.of(doc));
  }

  private static int parseFd(String digits) {
    return digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  private static boolean isUnquoted(String word) {
    return word.indexOf('\'') < 0 && word.indexOf('"') < 0 && word.indexOf('\\') < 0;
  }

  private void expectOp(String op) {
    Token t = take();
    if (!t.isOp(op)) {
      throw expecting(t, op);
    }
  }

  private String expectWord(String... options) {
    skipNewlines();
    Token t = take();
    for (String option : options) {
      if (t.isWord(option)) {
        return option;
      }
    }
    throw expecting(t, options[options.length - 1]);
  }

  private ShellSyntaxException expecting(Token t, String what) {
    if (t.kind() == Token.Kind.EOF) {
      return new ShellSyntaxException("Syntax error: end of file unexpected (expecting \"" + what + "\")", t.line());
    }
    return unexpected(t);
  }

  private ShellSyntaxException unexpected(Token t) {
    String shown = t.kind() == Token.Kind.NEWLINE ? "newline" : t.kind() == Token.Kind.EOF ? "end of file" : t.text();
    String text = t.kind() == Token.Kind.EOF ? "Syntax error: end of file unexpected" : "Syntax error: \"" + shown + "\" unexpected";
    return new ShellSyntaxException(text, t.line());
  }
}
