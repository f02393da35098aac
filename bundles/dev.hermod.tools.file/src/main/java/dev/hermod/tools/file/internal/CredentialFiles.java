package dev.hermod.tools.file.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Recognises credential files: environment files, private keys and the usual secret stores in the user's home. */
final class CredentialFiles {

    private static final Set<String> ENV_TEMPLATES = Set.of(".env.example", ".env.sample", ".env.template");
    private static final List<String> KEY_PREFIXES = List.of("id_rsa", "id_ed25519", "id_ecdsa", "id_dsa");
    private static final List<String> HOME_FOLDERS = List.of(".ssh", ".gnupg");
    private static final List<String> HOME_FILES = List.of(".aws/credentials", ".netrc", ".pgpass",
            ".docker/config.json", ".kube/config");

    private static final Path PROC = Path.of("/proc");

    private final Path userHome;

    /** @param userHome the canonical home folder of the user the agent runs as */
    CredentialFiles(Path userHome) {
        this.userHome = userHome;
    }

    /** What kind of credential file {@code path} (canonical) is, or empty when it is none. */
    Optional<String> describe(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        if (name.equals(".env") || name.startsWith(".env.") && !ENV_TEMPLATES.contains(name)) {
            return Optional.of("an environment file (" + name + "), which usually holds secrets");
        }
        if (name.equals("environ") && path.startsWith(PROC)) {
            return Optional.of("a process environment, which holds the API keys and tokens the process was given");
        }
        if (isPrivateKeyName(name)) {
            return Optional.of("a private key or certificate file (" + name + ")");
        }
        for (String folder : HOME_FOLDERS) {
            if (path.startsWith(userHome.resolve(folder))) {
                return Optional.of("inside ~/" + folder);
            }
        }
        for (String file : HOME_FILES) {
            if (path.equals(userHome.resolve(file))) {
                return Optional.of("the credential file ~/" + file);
            }
        }
        return Optional.empty();
    }

    private static boolean isPrivateKeyName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pem") || lower.endsWith(".key")) {
            return true;
        }
        return !lower.endsWith(".pub") && KEY_PREFIXES.stream().anyMatch(lower::startsWith);
    }
}
