package dev.layerlab.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Word expansion as BuildKit's lex.go does it. Tables use {@code |} between columns and {@code ~}
 * as the quote character (so {@code ~~} is the empty string); backslashes are doubled because the
 * tables are Java text blocks.
 */
class WordExpanderTest {

    private static final ExpansionEnv ENV = ExpansionEnv.of(Map.ofEntries(
            Map.entry("PWD", "/home"), Map.entry("SHELL", "bash"), Map.entry("KOREAN", "한국어"),
            Map.entry("NULL", ""), Map.entry("FOO", "xxyy"), Map.entry("P", "/a/b/c.tar.gz"),
            Map.entry("Q", "???y"), Map.entry("STARS", "xx**"), Map.entry("MANY", "a***yy*"),
            Map.entry("SPECIAL", "()[]{}^$.*?|\\x"), Map.entry("LINES", "a\nb"),
            Map.entry("F", "foo.foo"), Map.entry("ABC", "abc"), Map.entry("R", "[$0]"),
            Map.entry("GLOBS", "/foo*/*/*.txt"), Map.entry("NEEDLE", "\\*/"),
            Map.entry("PATH2", "/tmp/foo.txt")));

    private static final WordExpander BACKSLASH = WordExpander.withEscape('\\');
    private static final WordExpander BACKTICK = WordExpander.withEscape('`');

    private static String expand(WordExpander expander, String word) {
        return expander.processWord(word, ENV);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            hello         | hello
            he$PWD        | he/home
            he${PWD}      | he/home
            he${PWD}xx    | he/homexx
            he$PWD.       | he/home.
            $PWD/x        | /home/x
            he$hi         | he
            he${hi}xx     | hexx
            $NULL         | ~~
            $KOREAN       | 한국어
            ${KOREAN}안녕 | 한국어안녕
            $KOREAN안녕   | ~~
            he$_PWD       | he
            """)
    void referencesExpandToTheValueOrEmpty(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            $.        | $.
            ~$~       | $
            ~a$ b~    | a$ b
            $/x       | $/x
            ~$'x'~    | $x
            """)
    void dollarWithoutANameIsLiteral(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            $1x      | x
            ${10}x   | x
            $0x      | x
            $@x      | x
            $*x      | x
            ~$#x~    | x
            $?x      | x
            $-x      | x
            $$x      | x
            $!x      | x
            ${#}x    | x
            ${@}x    | x
            """)
    void digitsAndSpecialParametersAreNamesThatAreUsuallyUnset(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @Test
    void specialParametersExpandWhenSet() {
        ExpansionEnv env = ExpansionEnv.of(Map.of("@", "at", "1", "one", "12", "twelve", "$", "pid"));
        assertThat(BACKSLASH.processWord("$@ $1 $12 ${12} $$", env)).isEqualTo("at one twelve twelve pid");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ${XXX:-000}             | 000
            ${PWD:-000}             | /home
            ${NULL:-000}            | 000
            ${NULL-000}             | ~~
            ${XXX-000}              | 000
            ${PWD-000}              | /home
            ${XXX:-}                | ~~
            he${XXX:-${PWD:-yyy}}xx | he/homexx
            he${XXX:-${YYY:-yyy}}xx | heyyyxx
            ${XXX:-$PWD}x           | /homex
            ~${XXX:-a b}~           | a b
            ${XXX:-'a}b'}           | a}b
            ${XXX:-"$PWD"}          | /home
            ${XXX:-\\}}             | }
            he${XXX:-\\$PWD:}xx     | he$PWD:xx
            he${XXX:-\\${PWD}z}xx   | he${PWDz}xx
            he${PWD:+${PWD}:}xx     | he/home:xx
            """)
    void defaultValuesApplyWhenUnsetOrWithColonAlsoWhenEmpty(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ${PWD:+000}      | 000
            ${NULL:+000}     | ~~
            ${NULL+000}      | 000
            ${XXX+000}       | ~~
            ${XXX:+000}      | ~~
            ${PWD+000}       | 000
            ${PWD:+${SHELL}} | bash
            ${PWD:+${XXX}}   | ~~
            """)
    void alternativeValuesApplyWhenSetOrWithColonAlsoNonEmpty(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ${PWD:?}      | /home
            ${PWD?}       | /home
            ${PWD?msg}    | /home
            ${NULL?}      | ~~
            ${NULL?msg}   | ~~
            """)
    void requiredVariablesPassTheirValueThrough(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ${XXX?}                 | XXX: is not allowed to be unset
            ${XXX:?}                | XXX: is not allowed to be unset
            ${NULL:?}               | NULL: is not allowed to be empty
            ${XXX?oops}             | XXX: oops
            ${NULL:?custom $SHELL}  | NULL: custom bash
            ${PWD:-${XXX:?inner}}x  | XXX: inner
            ${XXX:-${YYY:?inner}}x  | YYY: inner
            ${XXX:-${YYY:?inner}    | syntax error: missing '}'
            """)
    void requiredVariablesFailWithBuildKitsMessageEvenInAnUnusedDefault(String word, String reason) {
        assertThatThrownBy(() -> expand(BACKSLASH, word))
                .isInstanceOf(ExpansionException.class)
                .hasMessage("failed to process \"" + word + "\": " + reason);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ${FOO#x}      | xyy
            ${FOO##*x}    | yy
            ${FOO#*x*y}   | y
            ${FOO#*}      | xxyy
            ${FOO#}       | xxyy
            ${FOO##}      | xxyy
            ${FOO#y}      | xxyy
            ${FOO%y}      | xxy
            ${FOO%*y}     | xxy
            ${FOO%%*y}    | ~~
            ${FOO%%y*}    | xx
            ${FOO%x}      | xxyy
            ${FOO%}       | xxyy
            ${FOO%%}      | xxyy
            ${P#*/}       | a/b/c.tar.gz
            ${P##*/}      | c.tar.gz
            ${P%.*}       | /a/b/c.tar
            ${P%%.*}      | /a/b/c
            ${P%/*}       | /a/b
            ${Q#?\\?}     | ?y
            ${STARS%%\\**}   | xx
            ${MANY%%\\**\\*} | a
            ${XXX#abc}    | ~~
            ${FOO#$XXX}   | xxyy
            ${FOO#$NULL}x | xxyyx
            ${ABC#'a'}    | bc
            busy${ABC#a}  | busybc
            """)
    void prefixAndSuffixPatternsTrimShortestOrLongest(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @Test
    void regexSpecialCharactersInPatternsAreLiteral() {
        assertThat(expand(BACKSLASH, "${SPECIAL#()[]{\\}^$.\\*\\?|\\\\}")).isEqualTo("x");
    }

    @Test
    void wildcardsDoNotCrossNewlinesBecauseGoRegexDotDoesNot() {
        assertThat(expand(BACKSLASH, "${LINES##*}")).isEqualTo("\nb");
        assertThat(expand(BACKSLASH, "${LINES%%*}")).isEqualTo("a\n");
        assertThat(expand(BACKSLASH, "${LINES#a?}")).isEqualTo("a\nb");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ${F/o/0}                 | f0o.foo
            ${F//o/0}                | f00.f00
            ${F/x/y}                 | foo.foo
            ${F/*/X}                 | X
            ${F/o*/X}                | fX
            ${F//?/.}                | .......
            ${F/o/}                  | fo.foo
            ${F///}                  | foo.foo
            ${XXX///}                | ~~
            ${FOO/$NULL/ww}          | wwxxyy
            ${ABC//$NULL/-}          | -a-b-c-
            ${ABC//*/-}              | -
            ${GLOBS/$NEEDLE/.}       | /foo.*/*.txt
            ${GLOBS//$NEEDLE/.}      | /foo..*.txt
            ${PATH2//\\//\\/}        | \\/tmp\\/foo.txt
            ${F/'o.f'/_}             | fo_oo
            """)
    void replacementsChangeTheFirstOrEveryMatch(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ${ABC//b/$R}      | a[b]c
            ${ABC/b/$R}       | a[$0]c
            ${ABC//b/\\$0}    | a\\bc
            ${ABC//b/$}       | a$c
            ${ABC//b/'$1'}    | ac
            ${ABC//b/'$$'}    | a$c
            ${ABC//b/'${0}'}  | abc
            ${ABC//b/'${0'}   | a${0c
            """)
    void replaceAllReadsTheReplacementAsAGoTemplateButReplaceFirstDoesNot(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            'he${XX}'       | he${XX}
            ~"he${PWD}"~    | he/home
            ~"he'$PWD'"~    | he'/home'
            '$PWD'          | $PWD
            '\\$PWD'        | \\$PWD
            ~'"hello"'~     | "hello"
            ~"''"~          | ''
            he'll'o         | hello
            ~"a\\"b"~       | a"b
            ~"a\\$PWD"~     | a$PWD
            ~"a\\\\b"~      | a\\b
            ~"a\\xb"~       | a\\xb
            ~"a\\'b"~       | a\\'b
            'a\\'           | a\\
            ~"a b"~         | a b
            ~x"$NULL"y~     | xy
            """)
    void quotesAreRemovedAndOnlyDoubleQuotesExpand(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            he\\'llo      | he'llo
            abc\\tdef     | abctdef
            hello\\       | hello
            hello\\\\     | hello\\
            \\$PWD        | $PWD
            \\${PWD}      | ${PWD}
            he\\\\$PWD    | he\\/home
            \\${}aaa      | ${}aaa
            ~a\\ b~       | a b
            """)
    void backslashEscapesAnyCharacterOutsideQuotes(String word, String expected) {
        assertThat(expand(BACKSLASH, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            he`$PWD       | he$PWD
            C:\\path      | C:\\path
            ~"C:\\path"~  | C:\\path
            ~"a`"b"~      | a"b
            ~"a``b"~      | a`b
            ~"a`xb"~      | a`xb
            ``            | `
            hello`        | hello
            a`'b          | a'b
            \\$PWD        | \\/home
            """)
    void backtickIsTheEscapeUnderTheEscapeDirective(String word, String expected) {
        assertThat(expand(BACKTICK, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ${}             | syntax error: bad substitution
            ${}xx           | syntax error: bad substitution
            he${}           | syntax error: bad substitution
            ${:x}           | syntax error: bad substitution
            ${:}            | syntax error: bad substitution
            ${{x}}          | syntax error: bad substitution
            ${              | syntax error: missing '}'
            he${PWD:-000    | syntax error: missing '}'
            ${PWD:          | syntax error: missing '}'
            ${PWD:-'a}'     | syntax error: missing '}'
            ${a:#x}         | unsupported modifier (:#) in substitution
            ${a:%x}         | unsupported modifier (:%) in substitution
            ${a:=x}         | unsupported modifier (:=) in substitution
            ${a=x}          | unsupported modifier (=) in substitution
            ${PWD:YYY}      | unsupported modifier (:Y) in substitution
            ${.}            | unsupported modifier (.) in substitution
            ${#x}           | unsupported modifier (x) in substitution
            ${a/x           | syntax error: missing '/' in ${}
            ${a//}          | syntax error: missing '/' in ${}
            ${a//ww}        | syntax error: missing '/' in ${}
            ${a/x/y         | syntax error: missing '}'
            he'llo          | unexpected end of statement while looking for matching single-quote
            ~"hello~        | unexpected end of statement while looking for matching double-quote
            ~"hello\\"~     | unexpected end of statement while looking for matching double-quote
            ~"$PWD~         | unexpected end of statement while looking for matching double-quote
            ${FOO#\\x}      | invalid pattern (\\x) in substitution: invalid escape '\\x'
            ${F/a\\b/c}     | invalid pattern (a\\b) in substitution: invalid escape '\\b'
            ${FOO%ab\\x}    | invalid pattern (\\xba) in substitution: invalid escape '\\x'
            """)
    void malformedWordsFailWithBuildKitsMessage(String word, String reason) {
        String quoted = ExpansionException.goQuote(word);
        assertThatThrownBy(() -> expand(BACKSLASH, word))
                .isInstanceOfSatisfying(ExpansionException.class, e -> {
                    assertThat(e.message()).isEqualTo("failed to process " + quoted + ": " + reason);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.word()).isEqualTo(word);
                });
    }

    @Test
    void unclosedBraceAfterANameIsReportedAsAnUnsupportedModifier() {
        // lex.go reads EOF as the modifier and prints Go's string(-1), U+FFFD.
        assertThatThrownBy(() -> expand(BACKSLASH, "he${PWD"))
                .hasMessage("failed to process \"he${PWD\": unsupported modifier (\uFFFD) in substitution");
    }

    @Test
    void theFailedWordIsQuotedLikeGoPercentQ() {
        assertThatThrownBy(() -> expand(BACKSLASH, "a\"b\\\t${"))
                .hasMessage("failed to process \"a\\\"b\\\\\\t${\": syntax error: missing '}'");
        assertThat(ExpansionException.goQuote("é\u0000\u007f\u00a0\n\uD83D\uDE00\uDB80\uDC00"))
                .isEqualTo("\"é\\x00\\x7f\\u00a0\\n\uD83D\uDE00\\U000f0000\"");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            $XXX             | $XXX
            ${XXX}           | ${XXX}
            he$PWD$XXX       | he/home$XXX
            ${XXX:-d}        | ${XXX:-d}
            ${XXX-$PWD}      | ${XXX-/home}
            ${XXX:+d}        | ${XXX:+d}
            ${XXX:?}         | ${XXX:?}
            ${XXX#a*}        | ${XXX#a*}
            ${XXX//a/b}      | ${XXX/a/b}
            ${XXX:x}         | ${XXX:x}
            ${PWD:-d}        | /home
            ${NULL:-d}       | d
            '$XXX'           | $XXX
            ~"$XXX"~         | $XXX
            $1               | $1
            $@               | $@
            """)
    void skipUnsetEnvLeavesUnsetReferencesAsWritten(String word, String expected) {
        assertThat(expand(BACKSLASH.skippingUnsetEnv(), word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            '$PWD'            | '/home'
            ~"$PWD"~          | ~"/home"~
            ~it's $SHELL~     | ~it's bash~
            a\\$PWD           | a$PWD
            a\\nb             | anb
            a`b               | a`b
            ~${XXX:-'a b'}~   | ~'a b'~
            ~"unclosed~       | ~"unclosed~
            """)
    void heredocBodiesKeepQuotesButStillUseBackslashEscapes(String word, String expected) {
        assertThat(expand(WordExpander.forHeredoc(), word)).isEqualTo(expected);
    }

    @Test
    void heredocBodiesKeepLineBreaks() {
        assertThat(expand(WordExpander.forHeredoc(), "echo $SHELL\ncd $PWD\n")).isEqualTo("echo bash\ncd /home\n");
    }

    @Test
    void leadingByteOrderMarkIsDroppedLikeGosScanner() {
        assertThat(expand(BACKSLASH, "\uFEFF$SHELL\uFEFF")).isEqualTo("bash\uFEFF");
    }

    @Test
    void onlyBackslashAndBacktickAreEscapeCharacters() {
        assertThatThrownBy(() -> WordExpander.withEscape('^')).isInstanceOf(IllegalArgumentException.class);
    }
    private static final ExpansionEnv WORDS_ENV = ExpansionEnv.of(List.of(
            "hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   ", "tab=ab\tcd", "empty="));

    static Stream<Arguments> wordSplits() {
        return Stream.of(
                Arguments.of("hello", List.of("hello")),
                Arguments.of("  hello \t world  ", List.of("hello", "world")),
                Arguments.of("hello${hi}bye", List.of("hellohibye")),
                Arguments.of("hello${space}bye", List.of("helloabc", "defbye")),
                Arguments.of("hello\"${space}\"bye", List.of("helloabc  defbye")),
                Arguments.of("hello \"${space}\"bye", List.of("hello", "abc  defbye")),
                Arguments.of("hello${leading}def", List.of("hello", "ab", "cdef")),
                Arguments.of("hello\"${leading}\" def", List.of("hello  ab c", "def")),
                Arguments.of("hello${trailing}d", List.of("helloab", "c", "d")),
                Arguments.of("hello${tab}xx", List.of("helloab", "cdxx")),
                Arguments.of("hello\\ world", List.of("hello world")),
                Arguments.of("'a b' c", List.of("a b", "c")),
                Arguments.of("${nope:-80 443/tcp}", List.of("80", "443/tcp")),
                Arguments.of("$empty", List.of()),
                Arguments.of("a $empty b", List.of("a", "b")),
                Arguments.of("", List.of()),
                Arguments.of("\"\"", List.of()),
                Arguments.of("a \"\" b", List.of("a", "b")),
                Arguments.of("a\"\"", List.of("a")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("wordSplits")
    void processWordsSplitsAtUnquotedWhitespaceAndDropsEmptyWords(String word, List<String> expected) {
        assertThat(BACKSLASH.processWords(word, WORDS_ENV)).isEqualTo(expected);
    }

    @Test
    void processWordsReportsErrorsLikeProcessWord() {
        assertThatThrownBy(() -> BACKSLASH.processWords("80 ${", WORDS_ENV))
                .hasMessage("failed to process \"80 ${\": syntax error: missing '}'");
    }

    @Test
    void processWordKeepsWhitespaceThatProcessWordsSplitsAt() {
        assertThat(BACKSLASH.processWord("a  ${space} ", WORDS_ENV)).isEqualTo("a  abc  def ");
    }

    static Stream<Arguments> matches() {
        Map<String, String> env = Map.of("FOO", "xxx", "BAR", "");
        return Stream.of(
                Arguments.of("x", env, "x", List.of(), List.of()),
                Arguments.of("x ${UNUSED}", env, "x ", List.of(), List.of("UNUSED")),
                Arguments.of("${FOO-a} ${BAR-b} ${BAZ-c}", env, "xxx  c", List.of("FOO", "BAR"), List.of("BAZ")),
                Arguments.of("${FOO:-a} ${BAR:-b} ${BAZ:-c}", env, "xxx b c", List.of("FOO", "BAR"), List.of("BAZ")),
                Arguments.of("${FOO:+a} ${BAR:+b} ${BAZ:+c}", env, "a  ", List.of("FOO", "BAR"), List.of("BAZ")),
                Arguments.of("${FOO#$BAR}", env, "xxx", List.of("BAR", "FOO"), List.of()),
                Arguments.of("$FOO $FOO $NOPE", env, "xxx xxx ", List.of("FOO"), List.of("NOPE")),
                Arguments.of("'$FOO' \\$BAR", env, "$FOO $BAR", List.of(), List.of()),
                Arguments.of("${FOO///}", env, "xxx", List.of("FOO"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matches")
    void expandReportsWhichNamesWereSetAndWhichWereNot(
            String word, Map<String, String> vars, String result, List<String> used, List<String> unmatched) {
        WordExpander.Expansion expansion = BACKSLASH.expand(word, ExpansionEnv.of(vars));
        assertThat(expansion.result()).isEqualTo(result);
        assertThat(expansion.used()).containsExactlyElementsOf(used);
        assertThat(expansion.unmatched()).containsExactlyElementsOf(unmatched);
    }

    @Test
    void envFromEntriesLetsTheLastEntryWinAndReadsABareNameAsEmpty() {
        ExpansionEnv env = ExpansionEnv.of(List.of("car=hat", "car=bike", "bare", "eq=a=b"));
        assertThat(env.get("car")).contains("bike");
        assertThat(env.get("bare")).contains("");
        assertThat(env.get("eq")).contains("a=b");
        assertThat(env.get("nope")).isEmpty();
        assertThat(ExpansionEnv.empty().get("car")).isEmpty();
    }

    @Test
    void namesAreCaseSensitive() {
        assertThat(BACKSLASH.processWord("$pwd|$PWD", ENV)).isEqualTo("|/home");
    }
}
