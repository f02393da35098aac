package dev.hermod.gateway.cli.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.ToIntFunction;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Launch mode {@code setup}: writes a model endpoint configuration, interactively or from flags.
 * Needs no other service, so it works before anything is configured.
 */
@Component(service = ToIntFunction.class, immediate = true, property = "hermod.launch.mode=setup")
public final class SetupMode implements ToIntFunction<String[]> {
    private final Path home;

    @Activate
    public SetupMode(BundleContext context) {
        this.home = HermodHome.resolve(context);
    }

    @Override
    public int applyAsInt(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true);
        SetupArgs parsed;
        try {
            parsed = SetupArgs.parse(args);
        } catch (UsageException e) {
            err.println("hermod setup: " + e.getMessage());
            err.println(SetupArgs.USAGE);
            return 2;
        }
        if (parsed.help()) {
            out.println(SetupArgs.USAGE);
            return 0;
        }
        Prompter prompter = new Prompter(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
        return new Setup(home, prompter, out, err, System::getenv).run(parsed);
    }
}
