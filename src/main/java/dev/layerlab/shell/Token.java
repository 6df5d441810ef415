package dev.layerlab.shell;

/** A lexical token; {@code text} is the raw word or the operator. */
record Token(Kind kind, String text, int line) {
  enum Kind {
    WORD,
    IO_NUMBER,
    OP,
    NEWLINE,
    EOF
  }

  boolean isOp(String op) {
    return kind == Kind.OP && text.equals(op);
  }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equals(word);
  }
}
