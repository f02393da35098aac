package dev.hermod.gateway.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The endpoint's configuration file, {@code etc/hermod.llm.openai-<name>.cfg}: FileInstall turns
 * it into a factory configuration of PID {@code hermod.llm.openai}.
 */
final class EndpointFile {
    static final String FACTORY_PID = "hermod.llm.openai";

    private EndpointFile() {}

    static Path path(Path home, String name) {
        return home.resolve("etc").resolve(FACTORY_PID + "-" + name + ".cfg");
    }

    /** The file's text, in java.util.Properties format. */
    static String render(EndpointSettings s) {
        return """
                # Model endpoint written by `hermod setup`. FileInstall turns this file into a factory
                # configuration of PID %s; edit it and the change applies while Hermod runs.
                # The API key is never stored here: api_key_env names the environment variable holding it.
                name = %s
                base_url = %s
                model = %s
                api_key_env = %s
                context_window = %d
                """.formatted(FACTORY_PID, s.name(), s.baseUrl(), s.model(), s.apiKeyEnv(), s.contextWindow());
    }

    /**
     * Writes the file, atomically: FileInstall never sees half of it.
     *
     * @throws java.nio.file.FileAlreadyExistsException if it exists and {@code overwrite} is false
     */
    static Path write(Path home, EndpointSettings settings, boolean overwrite) throws IOException {
        Path target = path(home, settings.name());
        if (!overwrite && Files.exists(target)) throw new java.nio.file.FileAlreadyExistsException(target.toString());
        Files.createDirectories(target.getParent());
        // Not *.cfg, so FileInstall ignores the partial file.
        Path temp = Files.createTempFile(target.getParent(), ".setup-", ".tmp");
        try {
            Files.writeString(temp, render(settings), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
