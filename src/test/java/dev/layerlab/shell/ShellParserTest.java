package dev.layerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellParserTest {
  private static Node.SimpleCommand simple(Node n) {
    assertThat(n).isInstanceOf(Node.SimpleCommand.class);
    return (Node.SimpleCommand) n;
  }

  @Test
  void simpleCommand_keepsWordsRawAndSplitsAssignmentsAndRedirects() {
    Node.SimpleCommand c = simple(ShellParser.parse("A=1 B=\"x y\" echo 'a b' \"$A\" >out 2>&1"));
    assertThat(c.assignments()).containsExactly(new Assignment("A", new Word("1")), new Assignment("B", new Word("\"x y\"")));
    assertThat(c.words()).extracting(Word::raw).containsExactly("echo", "'a b'", "\"$A\"");
    assertThat(c.redirects()).extracting(Redirect::fd, Redirect::op)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ">"), org.assertj.core.groups.Tuple.tuple(2, ">&"));
  }

  @Test
  void andOr_isLeftAssociative() {
    Node n = ShellParser.parse("a && b || c");
    assertThat(n).isInstanceOf(Node.AndOr.class);
    Node.AndOr top = (Node.AndOr) n;
    assertThat(top.and()).isFalse();
    assertThat(top.left()).isInstanceOf(Node.AndOr.class);
  }

  @Test
  void sequence_splitsOnSemicolonsNewlinesAndAmpersand() {
    Node n = ShellParser.parse("a; b\nc & d");
    assertThat(((Node.Sequence) n).items()).hasSize(4);
  }

  @Test
  void pipeline_collectsCommandsAndNegation() {
    Node.Pipeline p = (Node.Pipeline) ShellParser.parse("! a | b | c");
    assertThat(p.commands()).hasSize(3);
    assertThat(p.negated()).isTrue();
  }

  @Test
  void compoundCommands_parse() {
    assertThat(ShellParser.parse("if a; then b; elif c; then d; else e; fi")).isInstanceOf(Node.If.class);
    assertThat(((Node.If) ShellParser.parse("if a; then b; elif c; then d; else e; fi")).branches()).hasSize(2);
    assertThat(ShellParser.parse("for x in 1 2; do echo $x; done")).isInstanceOf(Node.For.class);
    assertThat(ShellParser.parse("while false; do :; done")).isInstanceOf(Node.Loop.class);
    assertThat(ShellParser.parse("( cd /; ls )")).isInstanceOf(Node.Subshell.class);
    assertThat(ShellParser.parse("{ a; b; }")).isInstanceOf(Node.BraceGroup.class);
    assertThat(ShellParser.parse("{ a; } > f")).isInstanceOf(Node.Redirected.class);
    assertThat(ShellParser.parse("case $x in a|b) echo; ;; *) ;; esac")).isInstanceOf(Node.Case.class);
    assertThat(ShellParser.parse("f() { echo; }")).isInstanceOf(Node.FunctionDef.class);
  }

  @Test
  void forWithoutIn_iteratesPositionals() {
    Node.For f = (Node.For) ShellParser.parse("for a\ndo echo $a\ndone");
    assertThat(f.items()).isEmpty();
  }

  @Test
  void hereDoc_bodyIsReadAfterTheLine_andQuotedDelimiterDisablesExpansion() {
    Node.SimpleCommand c = simple(ShellParser.parse("cat <<'EOF' > f\n$HOME\nEOF\n"));
    HereDoc doc = c.redirects().get(0).hereDoc().orElseThrow();
    assertThat(doc.body()).isEqualTo("$HOME\n");
    assertThat(doc.expand()).isFalse();
    assertThat(c.redirects().get(1).op()).isEqualTo(">");
  }

  @Test
  void hereDoc_dashStripsLeadingTabs() {
    Node.SimpleCommand c = simple(ShellParser.parse("cat <<-END\n\t\tx\n\tEND\n"));
    assertThat(c.redirects().get(0).hereDoc().orElseThrow().body()).isEqualTo("x\n");
  }

  @Test
  void twoHereDocs_areReadInOrder() {
    Node n = ShellParser.parse("cat <<A; cat <<B\na\nA\nb\nB\necho after");
    List<Node> items = ((Node.Sequence) n).items();
    assertThat(simple(items.get(0)).redirects().get(0).hereDoc().orElseThrow().body()).isEqualTo("a\n");
    assertThat(simple(items.get(1)).redirects().get(0).hereDoc().orElseThrow().body()).isEqualTo("b\n");
    assertThat(items).hasSize(3);
  }

  @Test
  void commentsAndLineContinuations_areSkipped() {
    Node.SimpleCommand c = simple(ShellParser.parse("echo a \\\n  b # comment"));
    assertThat(c.words()).extracting(Word::raw).containsExactly("echo", "a", "b");
  }

  @Test
  void commandSubstitution_withNestedParensAndQuotes_isOneWord() {
    Node.SimpleCommand c = simple(ShellParser.parse("echo \"$(echo \")\" $(( (1+2) ))) x\" y"));
    assertThat(c.words()).extracting(Word::raw).containsExactly("echo", "\"$(echo \")\" $(( (1+2) ))) x\"", "y");
  }

  @Test
  void hashInsideWord_isNotAComment() {
    assertThat(simple(ShellParser.parse("echo a#b ${x#y}")).words()).hasSize(3);
  }

  @Test
  void syntaxErrors_useDashWording() {
    assertThatThrownBy(() -> ShellParser.parse("echo 'open")).hasMessage("Syntax error: Unterminated quoted string");
    assertThatThrownBy(() -> ShellParser.parse("if true; then echo")).hasMessage("Syntax error: end of file unexpected (expecting \"fi\")");
    assertThatThrownBy(() -> ShellParser.parse("echo a; ; b")).hasMessage("Syntax error: \";\" unexpected");
    assertThatThrownBy(() -> ShellParser.parse("&& b")).hasMessage("Syntax error: \"&&\" unexpected");
  }

  @Test
  void deepNesting_isASyntaxErrorNotAStackOverflow() {
    String deep = "(".repeat(5000) + "true" + ")".repeat(5000);
    assertThatThrownBy(() -> ShellParser.parse(deep)).isInstanceOf(ShellSyntaxException.class);
  }
}
