package dev.hermod.terminal.local.internal.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.hermod.terminal.local.internal.shell.Word;
import dev.hermod.terminal.local.internal.shell.WordPart;

/** Commands that run another command given as their arguments, and how to find that command. */
final class Wrappers {

    static final Set<String> PRIVILEGED = Set.of("sudo", "doas", "pkexec", "run0");

    /** Stands for arguments that {@code xargs} reads from its input at run time. */
    static final Word INPUT = new Word(List.of(new WordPart.Parameter("xargs-input", "<input from xargs>", List.of())));

    /**
     * @param valued options that take a value as the next word (or attached)
     * @param positionals words to skip after the options ({@code timeout DURATION}, {@code chroot DIR})
     */
    private record Spec(Set<String> valued, int positionals) {}

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry("env", new Spec(Set.of("-u", "--unset", "-C", "--chdir", "-S", "--split-string"), 0)),
            Map.entry("nice", new Spec(Set.of("-n", "--adjustment"), 0)),
            Map.entry("nohup", new Spec(Set.of(), 0)),
            Map.entry("timeout", new Spec(Set.of("-s", "--signal", "-k", "--kill-after"), 1)),
            Map.entry("command", new Spec(Set.of(), 0)),
            Map.entry("builtin", new Spec(Set.of(), 0)),
            Map.entry("exec", new Spec(Set.of("-a"), 0)),
            Map.entry("sudo", new Spec(Set.of("-u", "--user", "-g", "--group", "-C", "--close-from", "-D", "--chdir",
                    "-h", "--host", "-p", "--prompt", "-r", "--role", "-t", "--type", "-T", "--command-timeout",
                    "-U", "--other-user", "-R", "--chroot"), 0)),
            Map.entry("doas", new Spec(Set.of("-u", "-C"), 0)),
            Map.entry("pkexec", new Spec(Set.of("--user"), 0)),
            Map.entry("run0", new Spec(Set.of("-u", "--user", "-g", "--group", "-D", "--chdir", "--unit",
                    "--property", "--nice", "--setenv", "--slice"), 0)),
            Map.entry("xargs", new Spec(Set.of("-a", "--arg-file", "-d", "--delimiter", "-E", "-I", "-L",
                    "--max-lines", "-n", "--max-args", "-P", "--max-procs", "-s", "--max-chars",
                    "--process-slot-var"), 0)),
            Map.entry("stdbuf", new Spec(Set.of("-i", "-o", "-e", "--input", "--output", "--error"), 0)),
            Map.entry("ionice", new Spec(Set.of("-c", "--class", "-n", "--classdata", "-p", "--pid", "-P",
                    "--pgid", "-u", "--uid"), 0)),
            Map.entry("time", new Spec(Set.of("-f", "--format", "-o", "--output"), 0)),
            Map.entry("busybox", new Spec(Set.of(), 0)),
            Map.entry("setsid", new Spec(Set.of(), 0)),
            Map.entry("chroot", new Spec(Set.of("--userspec", "--groups"), 1)),
            Map.entry("flock", new Spec(Set.of("-w", "--wait", "--timeout", "-E", "--conflict-exit-code",
                    "-c", "--command"), 1)),
            Map.entry("strace", new Spec(Set.of("-o", "-e", "-p", "-s", "-u", "-a", "-I", "-b", "-O", "-S", "-X", "-P"), 0)),
            Map.entry("ltrace", new Spec(Set.of("-o", "-e", "-p", "-s", "-u", "-a", "-n"), 0)),
            Map.entry("unbuffer", new Spec(Set.of(), 0)),
            Map.entry("chrt", new Spec(Set.of(), 1)),
            Map.entry("taskset", new Spec(Set.of(), 1)),
            Map.entry("systemd-run", new Spec(Set.of("-u", "--unit", "-p", "--property", "-E", "--setenv",
                    "--slice", "-M", "--machine", "--description", "--uid", "--gid", "--nice", "-D",
                    "--working-directory"), 0)),
            Map.entry("catchsegv", new Spec(Set.of(), 0)),
            Map.entry("nocache", new Spec(Set.of(), 0)));

    private Wrappers() {}

    static boolean isWrapper(String name) { return SPECS.containsKey(name); }

    /** Strips wrappers from {@code argv} until the real command is first. */
    static Unwrapped unwrap(List<Word> argv, String home) {
        List<Word> words = argv;
        List<String> wrappers = new ArrayList<>();
        for (int guard = 0; guard < 32 && !words.isEmpty(); guard++) {
            Optional<String> name = CommandNames.of(words.getFirst(), home);
            if (name.isEmpty() || !SPECS.containsKey(name.get())) break;
            String wrapper = name.get();
            Options options = Options.parse(words.subList(1, words.size()), SPECS.get(wrapper).valued(),
                    wrapper.equals("env"), SPECS.get(wrapper).positionals());
            wrappers.add(wrapper);
            String script = embeddedScript(wrapper, options);
            if (script != null) return new Unwrapped(List.of(), wrappers, script);
            if (wrapper.equals("command") && (options.has("-v") || options.has("-V"))) return new Unwrapped(List.of(), wrappers, null);
            words = wrapper.equals("xargs") ? withInput(options) : options.operands();
        }
        return new Unwrapped(words, wrappers, null);
    }

    private static String embeddedScript(String wrapper, Options options) {
        return switch (wrapper) {
            case "env" -> options.value("-S", "--split-string").map(Word::text)
                    .map(s -> s + " " + String.join(" ", options.operands().stream().map(Word::text).toList()))
                    .orElse(null);
            case "flock" -> options.value("-c", "--command").map(Word::text).orElse(null);
            default -> null;
        };
    }

    /** xargs appends what it reads (or puts it where {@code -I} says) to the command. */
    private static List<Word> withInput(Options options) {
        Optional<String> replace = options.value("-I").flatMap(Word::literal);
        List<Word> command = new ArrayList<>();
        for (Word word : options.operands()) {
            boolean replaced = replace.isPresent() && word.text().contains(replace.get());
            command.add(replaced ? INPUT : word);
        }
        if (command.isEmpty()) return command;
        if (replace.isEmpty()) command.add(INPUT);
        return command;
    }
}
