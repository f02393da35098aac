package dev.hermod.terminal.local.internal.policy;

import java.util.List;

import dev.hermod.terminal.local.internal.shell.Word;

/** A command name and its arguments, wrappers removed. */
record Invocation(String name, List<Word> args) {

    /** Arguments as text (expansions as written). */
    List<String> texts() { return args.stream().map(Word::text).toList(); }

    /** Whether any argument, or any short-option cluster, carries one of these options. */
    boolean hasOption(String... options) {
        for (String text : texts()) {
            for (String option : options) {
                if (text.equals(option)) return true;
                if (option.length() == 2 && option.charAt(0) == '-' && text.startsWith("-") && !text.startsWith("--")
                        && text.indexOf(option.charAt(1)) > 0) return true;
            }
        }
        return false;
    }
}
