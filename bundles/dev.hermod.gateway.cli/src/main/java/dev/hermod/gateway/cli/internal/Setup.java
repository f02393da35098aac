package dev.hermod.gateway.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One run of {@code hermod setup}: collects an endpoint (from the command line or by asking),
 * refuses to overwrite without confirmation, writes the file and says how to test it.
 * Exit codes: 0 written, 1 not written (refused), 2 wrong input.
 */
final class Setup {
    private final Path home;
    private final Prompter prompter;
    private final PrintWriter out;
    private final PrintWriter err;
    private final UnaryOperator<String> environment;

    Setup(Path home, Prompter prompter, PrintWriter out, PrintWriter err, UnaryOperator<String> environment) {
        this.home = home;
        this.prompter = prompter;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** "none" and "-" mean no key. */
    static String keyEnv(String value) {
        String v = value == null ? "" : value.strip();
        return v.equals("-") || v.toLowerCase(Locale.ROOT).equals("none") ? "" : v;
    }

    int run(SetupArgs args) {
        try {
            EndpointSettings settings = args.scripted() ? fromArgs(args) : new SetupWizard(prompter).ask(args);
            Path file = EndpointFile.path(home, settings.name());
            if (Files.exists(file) && !args.force() && !confirmOverwrite(args, file)) return 1;
            EndpointFile.write(home, settings, true);
            report(file, settings);
            return 0;
        } catch (IllegalArgumentException | Prompter.Aborted e) {
            err.println("hermod setup: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("hermod setup: cannot write the configuration: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static EndpointSettings fromArgs(SetupArgs a) {
        return new EndpointSettings(a.name() == null ? "default" : a.name(), a.baseUrl(), a.model(), keyEnv(a.apiKeyEnv()),
                a.contextWindow() == null ? EndpointSettings.DEFAULT_CONTEXT_WINDOW
                        : EndpointSettings.parseContextWindow(a.contextWindow()));
    }

    private boolean confirmOverwrite(SetupArgs args, Path file) throws Prompter.Aborted {
        if (args.scripted()) {
            err.println("hermod setup: " + file + " already exists; pass --force to overwrite it");
            return false;
        }
        if (prompter.confirm(file + " already exists. Overwrite it?")) return true;
        out.println("left " + file + " as it was");
        return false;
    }

    private static boolean plainHttpToAnotherMachine(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost();
        return "http".equals(uri.getScheme()) && !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }

    private void report(Path file, EndpointSettings s) {
        out.println("wrote " + file);
        if (s.apiKeyEnv().isEmpty()) {
            out.println("no API key is sent (fine for a local server such as Ollama, vLLM or LM Studio)");
        } else if (environment.apply(s.apiKeyEnv()) == null) {
            out.println("warning: " + s.apiKeyEnv() + " is not set in this shell; set it where Hermod runs:");
            out.println("    export " + s.apiKeyEnv() + "=<your key>");
        }
        if (!s.apiKeyEnv().isEmpty() && plainHttpToAnotherMachine(s.baseUrl())) {
            out.println("warning: " + s.baseUrl() + " is plain http to another machine; the model bundle refuses to send"
                    + " the key there unless you add allow_insecure_http = true to " + file.getFileName());
        }
        out.println("a running Hermod applies it within seconds; test it with: hermod chat -q \"hello\"");
    }
}
