package dev.layerlab.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link WordExpander} over arbitrary input, biased towards its special characters. */
class WordExpanderPropertyTest {

    private static final ExpansionEnv ENV = ExpansionEnv.of(Map.of(
            "a", "xy", "b", "", "c", "a b", "d", "*", "e", "\\", "f", "$0", "0", "zero", "@", "at"));

    private static final List<WordExpander> EXPANDERS = List.of(
            WordExpander.withEscape('\\'), WordExpander.withEscape('`'), WordExpander.forHeredoc(),
            WordExpander.withEscape('\\').skippingUnsetEnv(), WordExpander.withEscape('`').skippingUnsetEnv());

    @Provide
    Arbitrary<String> shellish() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.of("$", "{", "}", ":", "-", "+", "?", "#", "%", "/", "\\", "'", "\"", "`", " ",
                        "\t", "\n", "*", "@", "0", "1", "a", "b", "c", "d", "e", "f", "_", "é", "\uFEFF", "😀"),
                Arbitraries.of("${a", "${b:-", "${c#", "${d//", "$a", "${", "}", "\\$", "'", "\""),
                Arbitraries.strings().ofMaxLength(3));
        return tokens.list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void everyInputExpandsOrFailsWithAnExpansionException(@ForAll("shellish") String word) {
        for (WordExpander expander : EXPANDERS) {
            try {
                expander.expand(word, ENV);
                expander.processWords(word, ENV);
            } catch (ExpansionException e) {
                assertThat(e.message()).startsWith("failed to process " + ExpansionException.goQuote(word) + ": ");
            }
        }
    }

    @Property(tries = 500)
    void arbitraryUnicodeNeverThrowsAnythingElse(@ForAll String word) {
        for (WordExpander expander : EXPANDERS) {
            try {
                expander.processWord(word, ENV);
            } catch (ExpansionException expected) {
                // a malformed word is a user error, reported as data
            }
        }
    }

    @Property(tries = 1000)
    void processWordsNeverYieldsAnEmptyWord(@ForAll("shellish") String word) {
        try {
            assertThat(WordExpander.withEscape('\\').processWords(word, ENV)).doesNotContain("");
        } catch (ExpansionException expected) {
            // only successful splits are checked
        }
    }

    @Property(tries = 1000)
    void wordsWithoutSpecialCharactersAreUnchanged(@ForAll("plain") String word) {
        assertThat(WordExpander.withEscape('\\').processWord(word, ENV)).isEqualTo(word);
        assertThat(WordExpander.forHeredoc().processWord(word, ENV)).isEqualTo(word);
    }

    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().all()
                .filter(s -> s.chars().noneMatch(c -> c == '$' || c == '\\' || c == '\'' || c == '"'))
                .filter(s -> !s.startsWith("\uFEFF"));
    }

    @Property(tries = 1000)
    void skipUnsetEnvAgreesWithNormalExpansionWhenEveryNameIsSet(@ForAll("setNamesOnly") String word) {
        WordExpander normal = WordExpander.withEscape('\\');
        assertThat(normal.skippingUnsetEnv().processWord(word, ENV)).isEqualTo(normal.processWord(word, ENV));
    }

    @Provide
    Arbitrary<String> setNamesOnly() {
        return Arbitraries.of("${a}", "${b}", "${c:-x}", "${a#x}", "${c/ /_}", "${b+y}", "lit", " ", "$a ", "'q'", "\"$a\"")
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
    }
}
