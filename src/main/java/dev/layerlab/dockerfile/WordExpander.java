package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's word expansion ({@code frontend/dockerfile/shell/lex.go}): removes quotes and escapes
 * and expands {@code $v}, {@code ${v}} and the {@code ${v:-w}}, {@code ${v#p}}, {@code ${v/p/r}}
 * family against an {@link ExpansionEnv}. It follows the Go code rule for rule, including its odd
 * corners, because users compare layerlab with what {@code docker build} does.
 *
 * @param escapeChar        the Dockerfile escape character, {@code \} or {@code `}
 * @param skipUnsetEnv      leave references to unset variables as written (step display names)
 * @param skipProcessQuotes treat quotes as ordinary characters (heredoc bodies)
 */
public record WordExpander(char escapeChar, boolean skipUnsetEnv, boolean skipProcessQuotes) {

    /** @throws IllegalArgumentException if {@code escapeChar} is not {@code \} or {@code `} */
    public WordExpander {
        if (escapeChar != '\\' && escapeChar != '`') {
            throw new IllegalArgumentException("escape character must be \\ or `, not " + escapeChar);
        }
    }

    /** The expander for instruction arguments under the given escape character. */
    public static WordExpander withEscape(char escapeChar) {
        return new WordExpander(escapeChar, false, false);
    }

    /** The expander for COPY/ADD heredoc bodies: no quote processing and always {@code \}. */
    public static WordExpander forHeredoc() {
        return new WordExpander('\\', false, true);
    }

    /** This expander, but unset variables stay as written, as in step display names. */
    public WordExpander skippingUnsetEnv() {
        return new WordExpander(escapeChar, true, skipProcessQuotes);
    }

    /** The result of {@link #expand}: the word, and which names were found or missing. */
    public record Expansion(String result, Set<String> used, Set<String> unmatched) {
        /** Copies the sets, keeping first-reference order. */
        public Expansion {
            used = Collections.unmodifiableSet(new LinkedHashSet<>(used));
            unmatched = Collections.unmodifiableSet(new LinkedHashSet<>(unmatched));
        }
    }

    /**
     * Expands {@code word} to one string, quotes removed.
     *
     * @throws ExpansionException with BuildKit's message when the word is malformed
     */
    public String processWord(String word, ExpansionEnv env) {
        return expand(word, env).result();
    }

    /**
     * Expands {@code word} and splits it at unquoted, unescaped whitespace, including whitespace
     * that comes out of a variable. As in BuildKit, no word is empty: {@code ""} alone vanishes.
     *
     * @throws ExpansionException with BuildKit's message when the word is malformed
     */
    public List<String> processWords(String word, ExpansionEnv env) {
        return List.copyOf(new WordScanner(this, env, word).run().words());
    }

    /**
     * Expands {@code word} like {@link #processWord} and reports the variable names it read: those
     * that were set ({@code used}) and those that were not ({@code unmatched}), for lint and cache.
     *
     * @throws ExpansionException with BuildKit's message when the word is malformed
     */
    public Expansion expand(String word, ExpansionEnv env) {
        WordScanner scanner = new WordScanner(this, env, word);
        String result = scanner.run().text();
        return new Expansion(result, scanner.used, scanner.unmatched);
    }

    /**
     * One expansion run: lex.go's {@code shellWord}. The method names follow lex.go
     * ({@code processStopOn}, {@code processDollar}, ...) so the two can be read side by side.
     */
    private static final class WordScanner {
        private static final int EOF = -1;

        private final WordExpander options;
        private final ExpansionEnv env;
        private final String source;
        private final int[] input;
        private int pos;
        private boolean rawEscapes;
        private final Set<String> used = new LinkedHashSet<>();
        private final Set<String> unmatched = new LinkedHashSet<>();

        WordScanner(WordExpander options, ExpansionEnv env, String source) {
            this.options = options;
            this.env = env;
            this.source = source;
            // Go's text/scanner, which lex.go reads with, skips a leading byte-order mark.
            String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
            this.input = text.codePoints().toArray();
        }

        /** An inner error; {@link #run} wraps it as BuildKit's {@code failed to process}. */
        private static final class Failure extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Failure(String message) {
                super(message, null, false, false);
            }
        }

        Piece run() {
            try {
                return processStopOn(EOF, false);
            } catch (Failure f) {
                throw new ExpansionException(source, f.getMessage());
            }
        }

        private int peek() {
            return pos < input.length ? input[pos] : EOF;
        }

        private int next() {
            return pos < input.length ? input[pos++] : EOF;
        }

        /** Go's {@code string(rune)}: EOF (-1) becomes U+FFFD. */
        private static String str(int cp) {
            return cp < 0 ? "\uFFFD" : Character.toString(cp);
        }

        private Piece processStopOn(int stop, boolean raw) {
            boolean saved = rawEscapes;
            rawEscapes = raw;
            try {
                return scanUntil(stop);
            } finally {
                rawEscapes = saved;
            }
        }

        private Piece scanUntil(int stop) {
            StringBuilder result = new StringBuilder();
            Words words = new Words();
            while (peek() != EOF) {
                int ch = peek();
                if (stop != EOF && ch == stop) {
                    next();
                    return new Piece(result.toString(), words.finish());
                }
                if (ch == '$') {
                    String value = processDollar();
                    result.append(value);
                    words.addString(value);
                } else if (isQuote(ch)) {
                    String quoted = ch == '\'' ? processSingleQuote() : processDoubleQuote();
                    result.append(quoted);
                    words.addRawString(quoted);
                } else if (!scanPlain(result, words)) {
                    break;
                }
            }
            if (stop != EOF) {
                throw new Failure("unexpected end of statement while looking for matching " + str(stop));
            }
            return new Piece(result.toString(), words.finish());
        }

        private boolean isQuote(int ch) {
            return !options.skipProcessQuotes() && (ch == '\'' || ch == '"');
        }

        /** A plain character, or the escape character and the one it escapes; false at a final escape. */
        private boolean scanPlain(StringBuilder result, Words words) {
            int ch = next();
            if (ch != options.escapeChar()) {
                words.addChar(ch);
                result.appendCodePoint(ch);
                return true;
            }
            if (rawEscapes) {
                words.addRawChar(ch);
                result.appendCodePoint(ch);
            }
            ch = next();
            if (ch == EOF) {
                return false;
            }
            words.addRawChar(ch);
            result.appendCodePoint(ch);
            return true;
        }

        /** Everything up to the next {@code '} is literal; there is no escape inside. */
        private String processSingleQuote() {
            next();
            StringBuilder result = new StringBuilder();
            for (int ch = next(); ch != '\''; ch = next()) {
                if (ch == EOF) {
                    throw new Failure("unexpected end of statement while looking for matching single-quote");
                }
                result.appendCodePoint(ch);
            }
            return result.toString();
        }

        /** {@code $} expands; the escape character escapes only {@code "}, {@code $} and itself. */
        private String processDoubleQuote() {
            next();
            StringBuilder result = new StringBuilder();
            while (peek() != '"') {
                if (peek() == EOF) {
                    throw new Failure("unexpected end of statement while looking for matching double-quote");
                }
                if (peek() == '$') {
                    result.append(processDollar());
                } else {
                    appendDoubleQuoted(result);
                }
            }
            next();
            return result.toString();
        }

        private void appendDoubleQuoted(StringBuilder result) {
            int ch = next();
            if (ch == options.escapeChar()) {
                if (rawEscapes) {
                    result.appendCodePoint(ch);
                }
                int after = peek();
                if (after == EOF) {
                    return;
                }
                if (after == '"' || after == '$' || after == options.escapeChar()) {
                    ch = next();
                }
            }
            result.appendCodePoint(ch);
        }

        private String processDollar() {
            next();
            if (peek() != '{') {
                return bareReference();
            }
            next();
            int first = peek();
            if (first == EOF) {
                throw new Failure("syntax error: missing '}'");
            }
            if (first == '{' || first == '}' || first == ':') {
                throw new Failure("syntax error: bad substitution");
            }
            String name = processName();
            int ch = next();
            if (ch == '}') {
                return plainReference(name);
            }
            if (ch == '/') {
                return replacement(name);
            }
            if (ch == ':') {
                int op = next();
                return modifier(name, op, ":" + str(op), true);
            }
            if ("+-?#%".indexOf(ch) < 0) {
                throw unsupported(str(ch));
            }
            return modifier(name, ch, str(ch), false);
        }

        private Failure unsupported(String modifier) {
            return new Failure("unsupported modifier (" + modifier + ") in substitution");
        }

        /** {@code $name}: a {@code $} that starts no name is literal. */
        private String bareReference() {
            String name = processName();
            if (name.isEmpty()) {
                return "$";
            }
            Optional<String> value = getEnv(name);
            if (value.isEmpty() && options.skipUnsetEnv()) {
                return "$" + name;
            }
            return value.orElse("");
        }

        private String plainReference(String name) {
            Optional<String> value = getEnv(name);
            if (value.isEmpty() && options.skipUnsetEnv()) {
                return "${" + name + "}";
            }
            return value.orElse("");
        }

        /** {@code ${v-w} ${v+w} ${v?w} ${v#p} ${v%p}}, with {@code :} in front when {@code nullIsUnset}. */
        private String modifier(String name, int op, String modifier, boolean nullIsUnset) {
            boolean pattern = op == '#' || op == '%';
            if (nullIsUnset && pattern) {
                throw unsupported(modifier);
            }
            String word = wordUntil('}', pattern, "syntax error: missing '}'");
            Optional<String> value = getEnv(name);
            if (options.skipUnsetEnv() && value.isEmpty()) {
                return "${" + name + modifier + word + "}";
            }
            boolean unsetOrNull = value.isEmpty() || (nullIsUnset && value.get().isEmpty());
            switch (op) {
                case '-':
                    return unsetOrNull ? word : value.get();
                case '+':
                    return unsetOrNull ? "" : word;
                case '?':
                    return required(name, value, nullIsUnset, word);
                case '#':
                case '%':
                    return trim(op, word, value.orElse(""));
                default:
                    throw unsupported(modifier);
            }
        }

        private String required(String name, Optional<String> value, boolean nullIsUnset, String word) {
            if (value.isEmpty()) {
                throw new Failure(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
            }
            if (nullIsUnset && value.get().isEmpty()) {
                throw new Failure(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
            }
            return value.get();
        }

        /** {@code #}/{@code %} remove the shortest prefix/suffix, {@code ##}/{@code %%} the longest. */
        private String trim(int op, String pattern, String value) {
            boolean greedy = pattern.startsWith(str(op));
            String glob = greedy ? pattern.substring(1) : pattern;
            if (op == '#') {
                return trimPrefix(glob, value, greedy);
            }
            // Regexes find leftmost matches only, so a suffix is trimmed as a prefix of the reverse.
            String reversed = trimPrefix(GlobMatch.reversePattern(glob), GlobMatch.reverse(value), greedy);
            return GlobMatch.reverse(reversed);
        }

        private String trimPrefix(String glob, String value, boolean greedy) {
            return compile(glob, greedy, true).find(value)
                    .map(span -> value.substring(span.end()))
                    .orElse(value);
        }

        /** {@code ${v/p/r}} replaces the first match, {@code ${v//p/r}} every match. */
        private String replacement(String name) {
            boolean all = peek() == '/';
            if (all) {
                next();
            }
            String pattern = wordUntil('/', true, "syntax error: missing '/' in ${}");
            String replacement = wordUntil('}', true, "syntax error: missing '}'");
            Optional<String> value = getEnv(name);
            if (options.skipUnsetEnv() && value.isEmpty()) {
                // BuildKit writes a single '/' here even for '//'.
                return "${" + name + "/" + pattern + "/" + replacement + "}";
            }
            GlobMatch glob = compile(pattern, true, false);
            String v = value.orElse("");
            return all ? glob.replaceAll(v, replacement) : glob.replaceFirst(v, replacement);
        }

        private GlobMatch compile(String glob, boolean greedy, boolean anchored) {
            try {
                return GlobMatch.compile(glob, greedy, anchored);
            } catch (GlobMatch.InvalidPattern e) {
                throw new Failure("invalid pattern (" + glob + ") in substitution: " + e.getMessage());
            }
        }

        /** A nested word up to {@code stop}; running out of input reports {@code missing}. */
        private String wordUntil(int stop, boolean raw, String missing) {
            try {
                return processStopOn(stop, raw).text();
            } catch (Failure f) {
                if (peek() == EOF) {
                    throw new Failure(missing);
                }
                throw f;
            }
        }

        /** Digits, or one special character ({@code @*#?-$!0}), or letters, digits and {@code _}. */
        private String processName() {
            StringBuilder name = new StringBuilder();
            if (peek() != EOF && Character.isDigit(peek())) {
                while (peek() != EOF && Character.isDigit(peek())) {
                    name.appendCodePoint(next());
                }
                return name.toString();
            }
            if (peek() != EOF && "@*#?-$!0".indexOf(peek()) >= 0) {
                return str(next());
            }
            while (peek() != EOF && isNameChar(peek())) {
                name.appendCodePoint(next());
            }
            return name.toString();
        }

        private static boolean isNameChar(int cp) {
            return Character.isLetter(cp) || Character.isDigit(cp) || cp == '_';
        }

        private Optional<String> getEnv(String name) {
            Optional<String> value = env.get(name);
            (value.isPresent() ? used : unmatched).add(name);
            return value;
        }
    }

    /** Text expanded so far, and the same text split into words. */
    private record Piece(String text, List<String> words) { }

    /** Go's {@code unicode.IsSpace}, which decides where {@link #processWords} splits. */
    static boolean isGoSpace(int cp) {
        switch (cp) {
            case '\t': case '\n': case 0x0b: case '\f': case '\r': case ' ': case 0x85: case 0xa0:
                return true;
            default:
                return cp > 0xff && Character.isSpaceChar(cp);
        }
    }

    /** Collects words the way lex.go's {@code wordsStruct} does. */
    private static final class Words {
        private final List<String> words = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean inWord;

        /** An unquoted, unescaped character: whitespace ends the current word. */
        void addChar(int cp) {
            if (!isGoSpace(cp)) {
                addRawChar(cp);
            } else if (inWord && current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
                inWord = false;
            }
        }

        void addRawChar(int cp) {
            current.appendCodePoint(cp);
            inWord = true;
        }

        /** A variable's value: split like unquoted text. */
        void addString(String s) {
            s.codePoints().forEach(this::addChar);
        }

        /** Quoted text: never split. */
        void addRawString(String s) {
            current.append(s);
            inWord = true;
        }

        List<String> finish() {
            if (current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
                inWord = false;
            }
            return words;
        }
    }
}
