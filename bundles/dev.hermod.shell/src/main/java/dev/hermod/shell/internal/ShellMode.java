package dev.hermod.shell.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.apache.felix.service.command.CommandProcessor;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Launch mode {@code shell}: {@code hermod shell [-c "<command>"]}. First looks for a running
 * gateway's shell socket and, when a live server answers, sends the commands there; otherwise runs
 * them in a Gogo session of this process.
 */
@Component(service = ToIntFunction.class, immediate = true, property = "hermod.launch.mode=shell")
public final class ShellMode implements ToIntFunction<String[]> {
    private final CommandProcessor processor;
    private final Path home;

    @Activate
    public ShellMode(@Reference CommandProcessor processor, BundleContext context) {
        this.processor = processor;
        this.home = HermodHome.resolve(context);
    }

    @Override
    public int applyAsInt(String[] args) {
        Optional<ShellSocketClient> remote = ShellSocketClient.connect(home.resolve("run").resolve("shell.sock"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true);
        ShellArgs parsed;
        try {
            parsed = ShellArgs.parse(args);
        } catch (IllegalArgumentException e) {
            remote.ifPresent(ShellSocketClient::close);
            err.println("hermod shell: " + e.getMessage());
            err.println(ShellArgs.USAGE);
            return 2;
        }
        try (CommandExecutor executor = remote.<CommandExecutor>map(RemoteExecutor::new).orElseGet(() -> new GogoExecutor(processor))) {
            if (parsed.help()) {
                out.println(ShellArgs.USAGE);
                return 0;
            }
            if (parsed.command() != null) return ShellRepl.once(executor, parsed.command(), out, err);
            return interactive(executor, remote.isPresent(), err);
        }
    }

    private int interactive(CommandExecutor executor, boolean attached, PrintWriter err) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("hermod-shell")
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("hermod-shell")
                    .variable(LineReader.HISTORY_FILE, history()).build();
            PrintWriter out = terminal.writer();
            out.println(attached ? "hermod shell: attached to the running gateway (run/shell.sock)"
                    : "hermod shell: no gateway is running; commands run in this process");
            out.println("try hermod:status, sessions, tools, providers, doctor; exit or Ctrl-D leaves");
            int code = new ShellRepl(prompt -> read(reader, prompt), out, out, executor).run();
            reader.getHistory().save();
            return code;
        } catch (IOException e) {
            err.println("hermod shell: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    private static String read(LineReader reader, String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            return "";
        } catch (EndOfFileException e) {
            return null;
        }
    }

    // Shell history can hold session ids and paths: owner-only.
    private Path history() throws IOException {
        Path file = home.resolve("shell_history");
        Files.createDirectories(home);
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
        }
        return file;
    }
}
