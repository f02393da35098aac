package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import dev.hermod.api.tool.ToolContext;

/**
 * Resolves the paths the model names and decides whether a tool may touch them. Every path is
 * canonicalised before any check, so neither {@code ..} nor a symlink can smuggle access.
 */
final class FileAccessPolicy {

    private static final String CONFIG_FILE = "$HERMOD_HOME/etc/hermod.tools.file.cfg";

    private final boolean allowCredentialFiles;
    private final long maxReadBytes;
    private final Path userHome;
    private final CredentialFiles credentials;
    private final DeniedPaths denied;

    /**
     * @param config the file tools configuration
     * @param userHome the home folder of the user the agent runs as ({@code ~}); tests pass their own
     */
    FileAccessPolicy(FileToolsConfig config, Path userHome) {
        this.allowCredentialFiles = config.allow__credential__files();
        this.maxReadBytes = config.max__read__bytes() > 0 ? config.max__read__bytes() : Long.MAX_VALUE;
        this.userHome = canonicalOrSelf(userHome.toAbsolutePath());
        this.credentials = new CredentialFiles(this.userHome);
        this.denied = new DeniedPaths(config.denied__paths(), this.userHome);
    }

    /** The largest file, in bytes, that a tool loads or scans. */
    long maxReadBytes() {
        return maxReadBytes;
    }

    /**
     * The canonical path for {@code raw} (absolute, {@code ~/...}, or relative to the working
     * directory), after checking that {@code access} to it is allowed.
     */
    Path resolve(String raw, ToolContext context, Access access) throws PathRefusedException {
        if (raw == null || raw.isBlank()) {
            throw new PathRefusedException("path is empty: give a file path, absolute or relative to "
                    + context.workingDirectory());
        }
        Path canonical = canonicalise(raw.strip(), context.workingDirectory());
        Optional<String> refusal = refusal(canonical, homeOf(context), access);
        if (refusal.isPresent()) {
            throw new PathRefusedException(refusal.get());
        }
        return canonical;
    }

    /** Why {@code access} to the canonical {@code path} is refused, or empty when it is allowed. */
    Optional<String> refusal(Path path, Path hermodHome, Access access) {
        Optional<String> glob = denied.match(path);
        if (glob.isPresent()) {
            return Optional.of("Refused: " + path + " matches the denied_paths entry '" + glob.get()
                    + "' (PID hermod.tools.file); remove that entry in " + CONFIG_FILE + " to allow it.");
        }
        if (access == Access.WRITE) {
            Optional<String> writeRefusal = writeRefusal(path, hermodHome);
            if (writeRefusal.isPresent()) {
                return writeRefusal;
            }
        }
        if (allowCredentialFiles) {
            return Optional.empty();
        }
        Optional<String> secret = credentials.describe(path).or(() -> HermodHomeFiles.privatePart(path, hermodHome));
        return secret.map(what -> "Refused: " + path + " is " + what + ". The file tools keep away from credential "
                + "files so secrets cannot leak into the conversation; if access is really needed, set "
                + "allow_credential_files=true in " + CONFIG_FILE + ".");
    }

    private Optional<String> writeRefusal(Path path, Path hermodHome) {
        Optional<String> own = HermodHomeFiles.privatePart(path, hermodHome);
        if (own.isPresent()) {
            return Optional.of("Refused: the file tools never write " + own.get() + " (" + path + "). Change "
                    + "configuration through the Hermod shell or edit the file yourself.");
        }
        if (HermodHomeFiles.isPlugins(path, hermodHome)) {
            return Optional.of("Refused: the file tools never write to Hermod's plugins folder (" + path
                    + "): installing code is the operator's decision; copy the bundle there yourself.");
        }
        if (HermodHomeFiles.isSkills(path, hermodHome)) {
            return Optional.of("Refused: the file tools never write to Hermod's skills folder (" + path + "). Change "
                    + "skills with skill_manage (create, edit, patch, write_file), which validates, scans and versions "
                    + "them; read them with read_file or skill_view.");
        }
        return HermodHomeFiles.systemFolder(path).map(folder -> "Refused: the file tools never write to the system "
                + "folder " + folder + " (" + path + "); make system changes through the terminal tool, which asks "
                + "for approval.");
    }

    /** The canonical Hermod home of a call, or null when the core gave none. */
    Path homeOf(ToolContext context) {
        Path home = context.home();
        return home == null ? null : canonicalOrSelf(home.toAbsolutePath());
    }

    private Path canonicalise(String raw, Path workingDirectory) throws PathRefusedException {
        try {
            Path path = raw.equals("~") ? userHome
                    : raw.startsWith("~/") ? userHome.resolve(raw.substring(2)) : Path.of(raw);
            Path absolute = path.isAbsolute() ? path : workingDirectory.toAbsolutePath().resolve(path);
            return CanonicalPath.of(absolute);
        } catch (InvalidPathException e) {
            throw new PathRefusedException("'" + raw + "' is not a valid path: " + e.getReason());
        } catch (IOException e) {
            throw new PathRefusedException("cannot resolve '" + raw + "': " + e.getMessage());
        }
    }

    private static Path canonicalOrSelf(Path path) {
        try {
            return CanonicalPath.of(path);
        } catch (IOException e) {
            return path.normalize();
        }
    }
}
