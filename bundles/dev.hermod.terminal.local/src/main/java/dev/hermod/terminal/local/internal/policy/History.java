package dev.hermod.terminal.local.internal.policy;

import java.util.List;

/** Wiping or switching off the shell history, which hides what was done. */
final class History {

    private static final String KEY = "wipe shell history";

    private History() {}

    static void register(RuleBook book) {
        book.add(History::historyBuiltin, "history");
        book.add(History::set, "set");
        book.add(History::unset, "unset");
        book.add(call -> call.texts().forEach(t -> assignment(t, call.analysis())),
                "export", "declare", "typeset", "local", "readonly");
    }

    /** {@code HISTFILE=/dev/null}, {@code HISTSIZE=0} ... */
    static void assignment(String text, Analysis analysis) {
        int eq = text.indexOf('=');
        if (eq <= 0) return;
        String name = text.substring(0, eq).replace("+", "");
        String value = text.substring(eq + 1);
        boolean off = switch (name) {
            case "HISTFILE" -> value.isEmpty() || value.equals("/dev/null");
            case "HISTSIZE", "HISTFILESIZE", "SAVEHIST" -> value.equals("0");
            default -> false;
        };
        if (off) analysis.flag("switches off the shell history (" + text + ")", KEY);
    }

    private static void historyBuiltin(Call call) {
        if (call.invocation().hasOption("-c") || call.invocation().hasOption("-d")) {
            call.flag("clears the shell history (history " + String.join(" ", call.texts()) + ")", KEY);
        }
    }

    private static void set(Call call) {
        List<String> args = call.texts();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("+o") && args.get(i + 1).equals("history")) {
                call.flag("switches off the shell history (set +o history)", KEY);
            }
        }
    }

    private static void unset(Call call) {
        if (call.texts().contains("HISTFILE")) call.flag("switches off the shell history (unset HISTFILE)", KEY);
    }
}
