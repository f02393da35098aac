package dev.hermod.terminal.local.internal.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hermod.terminal.local.internal.shell.Word;

/**
 * A command's arguments split into options and operands, the way getopt-style tools read them:
 * options stop at {@code --} or at the first operand.
 */
final class Options {

    private final List<String> flags = new ArrayList<>();
    private final Map<String, Word> values = new HashMap<>();
    private final List<Word> operands = new ArrayList<>();

    private Options() {}

    /**
     * @param valued options that take a value (attached, {@code --opt=value}, or as the next word)
     * @param assignments whether {@code NAME=value} words are skipped like options ({@code env})
     * @param positionals operands to drop after the options ({@code timeout 5})
     */
    static Options parse(List<Word> args, java.util.Set<String> valued, boolean assignments, int positionals) {
        Options options = new Options();
        int i = 0;
        for (; i < args.size(); i++) {
            String text = args.get(i).text();
            if (text.equals("--")) { i++; break; }
            if (assignments && text.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) continue;
            if (!text.startsWith("-") || text.equals("-")) break;
            i = options.option(args, i, text, valued);
        }
        for (int skipped = 0; i < args.size() && skipped < positionals; skipped++) i++;
        for (; i < args.size(); i++) options.operands.add(args.get(i));
        return options;
    }

    private int option(List<Word> args, int i, String text, java.util.Set<String> valued) {
        if (text.startsWith("--")) {
            int eq = text.indexOf('=');
            String name = eq > 0 ? text.substring(0, eq) : text;
            flags.add(name);
            if (eq > 0) values.put(name, Word.literal(text.substring(eq + 1)));
            else if (valued.contains(name) && i + 1 < args.size()) values.put(name, args.get(++i));
            return i;
        }
        String name = text.substring(0, 2);
        if (valued.contains(name)) {
            flags.add(name);
            if (text.length() > 2) values.put(name, Word.literal(text.substring(2)));
            else if (i + 1 < args.size()) values.put(name, args.get(++i));
            return i;
        }
        for (char c : text.substring(1).toCharArray()) flags.add("-" + c);
        return i;
    }

    boolean has(String... names) {
        for (String name : names) if (flags.contains(name)) return true;
        return false;
    }

    Optional<Word> value(String... names) {
        for (String name : names) if (values.containsKey(name)) return Optional.of(values.get(name));
        return Optional.empty();
    }

    List<Word> operands() { return operands; }
}
