package dev.layerlab.shell;

import java.util.Optional;

/**
 * One redirection: {@code fd op target}. {@code op} is one of {@code > >> >| < <> >& <& <<}; a here
 * document carries its body.
 */
public record Redirect(int fd, String op, Word target, Optional<HereDoc> hereDoc) {}
