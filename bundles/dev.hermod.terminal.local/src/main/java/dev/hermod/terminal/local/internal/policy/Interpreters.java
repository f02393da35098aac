package dev.hermod.terminal.local.internal.policy;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.hermod.terminal.local.internal.shell.Word;

/** Shells and script interpreters, and where they read their program from. */
final class Interpreters {

    static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "rbash",
            "yash", "posh", "csh", "tcsh", "ksh93", "oksh", "loksh");
    private static final Pattern INTERPRETER = Pattern.compile(
            "python[0-9.]*|pypy[0-9.]*|perl[0-9.]*|ruby[0-9.]*|node|nodejs|php[0-9.]*|lua(jit|[0-9.]*)|Rscript|tclsh[0-9.]*|deno|bun|jshell|groovy|osascript");
    private static final Set<String> STDIN_NAMES = Set.of("-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0");

    private Interpreters() {}

    static boolean isInterpreter(String name) { return INTERPRETER.matcher(name).matches(); }

    /** For {@code bash -c CMD}, {@code sh script}, {@code bash -s}, {@code bash} ... */
    static Launch shell(List<Word> args) {
        boolean command = false;
        boolean stdin = false;
        int i = 0;
        for (; i < args.size(); i++) {
            String text = args.get(i).text();
            if (text.equals("--")) { i++; break; }
            if (text.equals("-")) { stdin = true; break; }
            if (!(text.startsWith("-") || text.startsWith("+")) || text.length() < 2) break;
            if (text.startsWith("--")) {
                if (text.equals("--rcfile") || text.equals("--init-file")) i++;
                continue;
            }
            command |= text.indexOf('c') > 0;
            stdin |= text.indexOf('s') > 0;
            if (text.endsWith("o") || text.endsWith("O")) i++;
        }
        Word next = i < args.size() ? args.get(i) : null;
        if (command) return new Launch(next, null, false);
        if (next == null || stdin || STDIN_NAMES.contains(next.text())) return new Launch(null, null, true);
        return new Launch(null, next, false);
    }

    /** For {@code python -c CODE}, {@code perl script.pl}, {@code node} ... */
    static Launch interpreter(String name, List<Word> args) {
        Set<String> codeOptions = codeOptions(name);
        for (int i = 0; i < args.size(); i++) {
            String text = args.get(i).text();
            if (text.equals("--")) return fromOperand(args, i + 1);
            if (codeOptions.contains(text)) return new Launch(i + 1 < args.size() ? args.get(i + 1) : Word.literal(""), null, false);
            if (codeOptions.stream().anyMatch(o -> o.length() == 2 && text.startsWith(o))) {
                return new Launch(Word.literal(text.substring(2)), null, false);
            }
            if (STDIN_NAMES.contains(text)) return new Launch(null, null, true);
            if (text.equals("-W") || text.equals("-X")) i++; // python options that take a value
            else if (!text.startsWith("-")) return fromOperand(args, i);
        }
        return new Launch(null, null, true);
    }

    private static Launch fromOperand(List<Word> args, int i) {
        if (i >= args.size() || STDIN_NAMES.contains(args.get(i).text())) return new Launch(null, null, true);
        return new Launch(null, args.get(i), false);
    }

    private static Set<String> codeOptions(String name) {
        if (name.startsWith("python") || name.startsWith("pypy")) return Set.of("-c", "-m");
        if (name.startsWith("perl")) return Set.of("-e", "-E");
        if (name.startsWith("node") || name.equals("deno") || name.equals("bun")) return Set.of("-e", "--eval", "-p", "--print");
        if (name.startsWith("php")) return Set.of("-r");
        if (name.equals("osascript")) return Set.of("-e");
        return Set.of("-e");
    }
}
