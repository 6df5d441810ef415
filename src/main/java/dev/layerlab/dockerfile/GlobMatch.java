package dev.layerlab.dockerfile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glob patterns of {@code ${v#p}}, {@code ${v%p}} and {@code ${v/p/r}}: {@code ?} is one
 * character, {@code *} any run of characters, {@code \?} {@code \*} {@code \\} are literal, and
 * there are no bracket expressions. BuildKit compiles them to Go regular expressions; this does the
 * same with {@code java.util.regex}, which has the same leftmost-first semantics for these shapes.
 */
final class GlobMatch {

    /** Go's {@code .} does not match a newline but matches {@code \r}; UNIX_LINES gives the same. */
    private static final int FLAGS = Pattern.UNIX_LINES;

    private final Pattern regex;

    private GlobMatch(Pattern regex) {
        this.regex = regex;
    }

    /** A pattern BuildKit refuses, e.g. {@code invalid escape '\x'}. */
    static final class InvalidPattern extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidPattern(String message) {
            super(message, null, false, false);
        }
    }

    /** Where a match starts and ends, in UTF-16 indices of the searched string. */
    record Span(int start, int end) { }

    /**
     * Compiles {@code glob}; {@code greedy} makes {@code *} take the longest run, {@code anchored}
     * makes the match start at the beginning of the value.
     *
     * @throws InvalidPattern for an escape of anything but {@code * ? \ } /}
     */
    static GlobMatch compile(String glob, boolean greedy, boolean anchored) {
        int[] cps = withoutLeadingBom(glob);
        StringBuilder out = new StringBuilder(anchored ? "^" : "");
        String star = greedy ? ".*" : ".*?";
        for (int i = 0; i < cps.length; i++) {
            int tok = cps[i];
            if (tok == '*') {
                out.append(star);
            } else if (tok == '?') {
                out.append('.');
            } else if (tok != '\\') {
                appendLiteral(out, tok);
            } else if (i + 1 < cps.length && (cps[i + 1] == '}' || cps[i + 1] == '/')) {
                // BuildKit drops the backslash that kept } or / from ending the ${...} part.
                continue;
            } else {
                i++;
                int escaped = i < cps.length ? cps[i] : 0xFFFD;
                if (escaped != '*' && escaped != '?' && escaped != '\\') {
                    throw new InvalidPattern("invalid escape '\\" + Character.toString(escaped) + "'");
                }
                appendLiteral(out, escaped);
            }
        }
        return new GlobMatch(Pattern.compile(out.toString(), FLAGS));
    }

    /** Go's text/scanner, which BuildKit reads the pattern with, skips a leading byte-order mark. */
    private static int[] withoutLeadingBom(String s) {
        return (s.startsWith("\uFEFF") ? s.substring(1) : s).codePoints().toArray();
    }

    private static void appendLiteral(StringBuilder out, int cp) {
        if (cp < 128 && !Character.isLetterOrDigit(cp)) {
            out.append('\\');
        }
        out.appendCodePoint(cp);
    }

    /** The first (leftmost) match in {@code value}. */
    Optional<Span> find(String value) {
        Matcher m = regex.matcher(value);
        return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
    }

    /** {@code ${v/p/r}}: the first match is replaced by {@code replacement}, taken literally. */
    String replaceFirst(String value, String replacement) {
        return find(value)
                .map(s -> value.substring(0, s.start()) + replacement + value.substring(s.end()))
                .orElse(value);
    }

    /**
     * {@code ${v//p/r}}: Go's {@code Regexp.ReplaceAllString}, so an empty match right after a
     * match is skipped and {@code r} is a Go template (see {@link #appendTemplate}).
     */
    String replaceAll(String value, String template) {
        Matcher m = regex.matcher(value);
        StringBuilder out = new StringBuilder();
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= value.length() && m.find(searchPos)) {
            out.append(value, lastMatchEnd, m.start());
            if (m.end() > lastMatchEnd || m.start() == 0) {
                appendTemplate(out, template, value.substring(m.start(), m.end()));
            }
            lastMatchEnd = m.end();
            int width = searchPos < value.length() ? Character.charCount(value.codePointAt(searchPos)) : 1;
            searchPos = Math.max(searchPos + width, m.end());
        }
        return out.append(value.substring(lastMatchEnd)).toString();
    }

    /**
     * Go's {@code Regexp.Expand} for a regex without groups: {@code $$} is {@code $}, {@code $0}
     * and {@code ${0}} are the match, any other {@code $name} or {@code ${name}} is empty, and a
     * {@code $} that starts no valid reference stays as it is.
     */
    private static void appendTemplate(StringBuilder out, String template, String match) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
            } else if (i + 1 < template.length() && template.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else {
                i = appendReference(out, template, i + 1, match);
            }
        }
    }

    /** Expands the reference after a {@code $} at {@code from}; returns where the template goes on. */
    private static int appendReference(StringBuilder out, String template, int from, String match) {
        boolean brace = from < template.length() && template.charAt(from) == '{';
        int nameStart = brace ? from + 1 : from;
        int nameEnd = nameStart;
        while (nameEnd < template.length() && isTemplateNameChar(template.codePointAt(nameEnd))) {
            nameEnd += Character.charCount(template.codePointAt(nameEnd));
        }
        boolean closed = !brace || (nameEnd < template.length() && template.charAt(nameEnd) == '}');
        if (nameEnd == nameStart || !closed) {
            out.append('$');
            return from;
        }
        if (template.substring(nameStart, nameEnd).equals("0")) {
            out.append(match);
        }
        return brace ? nameEnd + 1 : nameEnd;
    }

    private static boolean isTemplateNameChar(int cp) {
        return Character.isLetter(cp) || Character.isDigit(cp) || cp == '_';
    }

    /**
     * Reverses a pattern for suffix matching, keeping each escape before the character it escapes
     * ({@code a\*c} becomes {@code c\*a}); a trailing lone backslash just moves to the front.
     */
    static String reversePattern(String pattern) {
        int[] in = pattern.codePoints().toArray();
        int[] out = new int[in.length];
        int last = in.length - 1;
        for (int i = 0; i <= last; ) {
            int outIdx = last - i;
            if (in[i] == '\\' && i != last) {
                out[outIdx - 1] = in[i];
                out[outIdx] = in[i + 1];
                i += 2;
            } else {
                out[outIdx] = in[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    /** Reverses by code point, so surrogate pairs stay intact. */
    static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }
}
