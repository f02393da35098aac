package dev.hermod.gateway.cli.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.TerminalBuilder.SystemOutput;

/** Builds the console each way of running {@code hermod chat} needs. */
final class Consoles {
    private Consoles() {}

    /** The line editor on the terminal, with persistent history and completion. */
    static ChatConsole interactive(Path historyFile, int historySize, Completer completer) throws IOException {
        prepareHistory(historyFile);
        Terminal terminal = system(SystemOutput.SysOut);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("hermod")
                .completer(completer)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, historySize)
                .variable(LineReader.HISTORY_FILE_SIZE, historySize)
                // "!" is common in chat text; history expansion would rewrite it.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        return new JLineConsole(terminal, reader, terminal.writer(), true);
    }

    /** One-shot with a person present: the answer goes to stdout, questions to the terminal on stderr. */
    static ChatConsole oneShotOnTerminal() throws IOException {
        return new JLineConsole(system(SystemOutput.SysErr), null, stdout(), false);
    }

    /** No terminal: lines from stdin, answers to stdout, everything else to stderr; nobody can approve. */
    static ChatConsole streams() {
        return new StreamConsole(new InputStreamReader(System.in, StandardCharsets.UTF_8), stdout(),
                new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true), false, false);
    }

    private static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
    }

    // Ctrl-C outside a prompt or a turn does nothing rather than kill the process mid-write.
    private static Terminal system(SystemOutput output) throws IOException {
        return TerminalBuilder.builder().system(true).systemOutput(output).name("hermod")
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
    }

    // The history holds what the person typed: owner-only, like a shell's.
    private static void prepareHistory(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) return;
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }
}
