package dev.hermod.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Routes {@code System.Logger} (backed by java.util.logging) to {@code logs/hermod.log}. Only
 * the headless gateway also logs warnings to the console: in chat the terminal belongs to the person.
 */
final class Logs {
    private Logs() {}

    static void configure(Path home, boolean console) throws LaunchException {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$-7s [%3$s] %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        try {
            // one file, appended to: logs/hermod.log (rotation is left to the operator's logrotate)
            FileHandler file = new FileHandler(home.resolve("logs").resolve("hermod.log").toString(), true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException e) {
            throw new LaunchException("cannot write logs to " + home.resolve("logs") + ": " + e.getMessage(), e);
        }
        if (console) {
            Handler stderr = new ConsoleHandler();
            stderr.setLevel(Level.WARNING);
            root.addHandler(stderr);
        }
        root.setLevel(Level.INFO);
    }
}
