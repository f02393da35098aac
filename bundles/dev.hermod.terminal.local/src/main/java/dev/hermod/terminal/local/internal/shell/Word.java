package dev.hermod.terminal.local.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.hermod.terminal.local.internal.shell.WordPart.Literal;
import dev.hermod.terminal.local.internal.shell.WordPart.Parameter;
import dev.hermod.terminal.local.internal.shell.WordPart.Tilde;

/** One shell word, as its parts. */
public record Word(List<WordPart> parts) {

    public Word { parts = List.copyOf(parts); }

    /** A word of plain quoted text. */
    public static Word literal(String text) { return new Word(List.of(new Literal(text, true))); }

    /** Its value when it contains no expansion at all (quotes removed). */
    public Optional<String> literal() {
        StringBuilder text = new StringBuilder();
        for (WordPart part : parts) {
            if (!(part instanceof Literal literal)) return Optional.empty();
            text.append(literal.text());
        }
        return Optional.of(text.toString());
    }

    /** Its value, or its text with expansions as written when it has any. */
    public String text() { return parts.stream().map(WordPart::asText).collect(Collectors.joining()); }

    /** Whether bash decides part of it at run time (variables, substitutions, arithmetic, {@code ~user}). */
    public boolean dynamic() { return literal().isEmpty(); }

    /** Whether it contains a command or process substitution. */
    public boolean runsCommands() {
        return parts.stream().anyMatch(p -> p instanceof WordPart.Substitution || p instanceof WordPart.ProcessSubstitution);
    }

    /** Whether unquoted glob or brace-expansion characters make it expand to several names. */
    public boolean globbed() {
        return parts.stream().anyMatch(p -> p instanceof Literal l && !l.quoted() && isGlob(l.text()));
    }

    /** Every script bash runs while expanding this word. */
    public List<Script> scripts() {
        List<Script> scripts = new ArrayList<>();
        parts.forEach(p -> scripts.addAll(p.scripts()));
        return scripts;
    }

    /**
     * The word as a path, with {@code ~} and {@code $HOME} replaced by {@code home}; empty when
     * another expansion makes it unknowable.
     */
    public Optional<String> path(String home) {
        StringBuilder text = new StringBuilder();
        for (WordPart part : parts) {
            switch (part) {
                case Literal l -> text.append(l.text());
                case Tilde t when t.user().isEmpty() -> text.append(home);
                case Parameter p when p.name().equals("HOME") && p.scripts().isEmpty()
                        && (p.source().equals("$HOME") || p.source().equals("${HOME}")) -> text.append(home);
                default -> { return Optional.empty(); }
            }
        }
        return Optional.of(text.toString());
    }

    private static boolean isGlob(String text) {
        if (text.indexOf('*') >= 0 || text.indexOf('?') >= 0) return true;
        int bracket = text.indexOf('[');
        if (bracket >= 0 && text.indexOf(']', bracket + 1) > bracket + 1) return true;
        int open = text.indexOf('{');
        return open >= 0 && text.indexOf('}', open) > open
                && (text.indexOf(',', open) > 0 || text.indexOf("..", open) > 0);
    }

    @Override
    public String toString() { return text(); }
}
