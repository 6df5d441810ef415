package dev.layerlab.dockerfile;

/**
 * A word that BuildKit refuses to expand, with BuildKit's exact wording:
 * {@code failed to process "<word>": <reason>}. The word is quoted the way Go's {@code %q} quotes
 * it, because that is what users see from {@code docker build}.
 *
 * <p>It is unchecked because the parser turns it into a {@code Diagnostic} with a line number at
 * one place; nothing in between needs to know about it.
 */
public final class ExpansionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String word;
    private final String reason;

    /** A failure to expand {@code word}; {@code reason} is BuildKit's inner error text. */
    public ExpansionException(String word, String reason) {
        super("failed to process " + goQuote(word) + ": " + reason, null, false, false);
        this.word = word;
        this.reason = reason;
    }

    /** The full message, exactly as BuildKit prints it. */
    public String message() {
        return getMessage();
    }

    /** The word as written, before expansion. */
    public String word() {
        return word;
    }

    /** The inner error, e.g. {@code syntax error: missing '}'}. */
    public String reason() {
        return reason;
    }

    /** Go's {@code strconv.Quote}: escapes quotes, backslashes and non-printable code points. */
    static String goQuote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> appendQuoted(out, cp));
        return out.append('"').toString();
    }

    private static void appendQuoted(StringBuilder out, int cp) {
        String named = namedEscape(cp);
        if (named != null) {
            out.append(named);
        } else if (isGoPrintable(cp)) {
            out.appendCodePoint(cp);
        } else if (cp < ' ' || cp == 0x7f) {
            out.append(String.format("\\x%02x", cp));
        } else if (cp < 0x10000) {
            out.append(String.format("\\u%04x", cp));
        } else {
            out.append(String.format("\\U%08x", cp));
        }
    }

    private static String namedEscape(int cp) {
        switch (cp) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case 7: return "\\a";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case 11: return "\\v";
            default: return null;
        }
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    private static boolean isGoPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int type = Character.getType(cp);
        boolean letterMarkNumber = type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER;
        boolean punctuationOrSymbol = type >= Character.DASH_PUNCTUATION && type <= Character.FINAL_QUOTE_PUNCTUATION;
        return letterMarkNumber || punctuationOrSymbol;
    }
}
