package dev.hermod.terminal.local.internal.policy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.hermod.terminal.local.internal.shell.Redirect;
import dev.hermod.terminal.local.internal.shell.Script;
import dev.hermod.terminal.local.internal.shell.SimpleCommand;
import dev.hermod.terminal.local.internal.shell.Word;

/**
 * Checks a program that a shell or interpreter gets from somewhere other than a file it names:
 * a command-line string, a process substitution, a here-document or a pipe.
 */
final class ProgramInput {

    private static final Pattern ESCAPES = Pattern.compile("\\\\[nt\\\\]");

    private ProgramInput() {}

    /** {@code bash -c WORD}, {@code eval WORD}: flags what runs commands at run time and analyses the text. */
    static void commandString(Call call, Word code, String what) {
        if (code.runsCommands()) flagGenerated(call, code.scripts(), what);
        call.analysis().text(code.text(), call.cwd());
    }

    /** {@code bash <(curl ...)}, {@code source <(...)}: flags downloaded or decoded programs. */
    static void scriptWord(Call call, Word script, String what) {
        if (!script.runsCommands()) return;
        Optional<Invocation> source = find(call, script.scripts(), Sources::downloads)
                .or(() -> find(call, script.scripts(), Sources::decodes));
        source.ifPresent(s -> call.flag(what + " runs a program produced by " + s.name()
                + (Sources.downloads(s) ? " straight from the network" : " from encoded text") + " (" + script.text() + ")",
                call.name() + " <(" + s.name() + ")"));
    }

    /** The program arrives on standard input: from a here-document, a redirection or a pipe. */
    static void stdin(Call call, boolean shell) {
        Redirect input = call.redirects().stream().filter(r -> r.operator().equals("<") || r.inlineInput())
                .reduce((a, b) -> b).orElse(null);
        if (input != null && input.inlineText() != null) {
            Word body = input.inlineText();
            if (body.runsCommands()) flagGenerated(call, body.scripts(), call.name());
            if (shell) call.analysis().text(body.text(), call.cwd());
            return;
        }
        if (input != null) {
            scriptWord(call, input.target(), call.name());
            return;
        }
        if (call.producers().isEmpty()) return;
        Optional<Invocation> download = call.producer(Sources::downloads);
        Optional<Invocation> decoder = call.producer(Sources::decodes);
        if (download.isPresent()) {
            call.flag("pipes a download from " + download.get().name() + " straight into " + call.name()
                    + ", running code nobody has reviewed", download.get().name() + " | " + call.name());
        } else if (decoder.isPresent()) {
            call.flag("decodes hidden content with " + decoder.get().name() + " and runs it with " + call.name(),
                    decoder.get().name() + " | " + call.name());
        } else if (shell) {
            Optional<String> text = visibleText(call);
            if (text.isPresent()) {
                call.analysis().text(text.get(), call.cwd());
            } else {
                call.flag("runs commands that another command writes into the pipe; what they are is only known at "
                        + "run time", "... | " + call.name());
            }
        }
    }

    private static void flagGenerated(Call call, List<Script> scripts, String what) {
        Optional<Invocation> download = find(call, scripts, Sources::downloads);
        if (download.isPresent()) {
            call.flag(what + " runs code downloaded by " + download.get().name() + " without review",
                    what + " $(" + download.get().name() + ")");
        } else {
            call.flag(what + " runs commands produced by another command at run time ($(...)); what they are is "
                    + "only known then", what + " $(...)");
        }
    }

    /** The text piped in when it is plain to see: {@code echo 'ls' | sh}, {@code cat <<EOF | sh}. */
    private static Optional<String> visibleText(Call call) {
        if (call.producers().size() != 1 || !(call.producers().getFirst() instanceof SimpleCommand producer)) {
            return Optional.empty();
        }
        Optional<Invocation> invocation = call.analysis().invocation(producer);
        if (invocation.isEmpty() || invocation.get().args().stream().anyMatch(Word::dynamic)) return Optional.empty();
        List<String> args = invocation.get().texts();
        return switch (invocation.get().name()) {
            case "echo" -> Optional.of(unescape(String.join(" ", args.stream().dropWhile(a -> a.matches("-[neE]+")).toList())));
            case "printf" -> args.isEmpty() ? Optional.empty() : Optional.of(unescape(String.join(" ", args)));
            case "cat" -> args.isEmpty() ? producer.redirects().stream().map(Redirect::inlineText)
                    .filter(w -> w != null).reduce((a, b) -> b).map(Word::text) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static String unescape(String text) {
        return ESCAPES.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(switch (m.group().charAt(1)) {
            case 'n' -> "\n";
            case 't' -> "\t";
            default -> "\\";
        }));
    }

    private static Optional<Invocation> find(Call call, List<Script> scripts, java.util.function.Predicate<Invocation> test) {
        for (Script script : scripts) {
            Optional<Invocation> found = call.analysis().find(script, test);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }
}
