package dev.hermod.terminal.local.internal.shell;

import java.util.List;

/** A piece of a word: literal text or an expansion that only bash can evaluate. */
public sealed interface WordPart {

    /** The scripts bash would run to evaluate this part (command and process substitutions). */
    default List<Script> scripts() { return List.of(); }

    /** Text, after quote removal. {@code quoted} text is not subject to globbing or splitting. */
    record Literal(String text, boolean quoted) implements WordPart {}

    /** {@code ~} or {@code ~user} at the start of a word. */
    record Tilde(String user) implements WordPart {}

    /**
     * {@code $name} or {@code ${...}}.
     *
     * @param name the parameter name ({@code HOME}, {@code 1}, {@code @} ...)
     * @param source the expansion as written
     * @param scripts substitutions inside it, as in {@code ${x:-$(cmd)}}
     */
    record Parameter(String name, String source, List<Script> scripts) implements WordPart {}

    /** {@code $(...)} or a backtick substitution. */
    record Substitution(Script script, String source) implements WordPart {
        @Override public List<Script> scripts() { return List.of(script); }
    }

    /** {@code <(...)} or {@code >(...)}: expands to a file name such as {@code /dev/fd/63}. */
    record ProcessSubstitution(Script script, String source) implements WordPart {
        @Override public List<Script> scripts() { return List.of(script); }
    }

    /** {@code $((...))}, with any substitutions inside it. */
    record Arithmetic(String source, List<Script> scripts) implements WordPart {}

    /** How the part reads when the word is handed to another shell as text ({@code bash -c}, {@code eval}). */
    default String asText() {
        return switch (this) {
            case Literal l -> l.text();
            case Tilde t -> "~" + t.user();
            case Parameter p -> p.source();
            case Substitution s -> s.source();
            case ProcessSubstitution s -> s.source();
            case Arithmetic a -> a.source();
        };
    }
}
