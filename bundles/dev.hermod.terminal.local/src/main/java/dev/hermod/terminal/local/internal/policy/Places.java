package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.hermod.terminal.local.internal.shell.Word;

/** The places that matter to the policy: the user's home, the Hermod home, the working directory, system directories. */
final class Places {

    /** Operating-system directories: deleting or writing anything under them is flagged. */
    private static final List<Path> SYSTEM = paths("/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64",
            "/libx32", "/proc", "/sbin", "/sys", "/usr", "/var", "/root", "/run", "/snap", "/System", "/Library",
            "/private/etc", "/private/var");
    /** Roots that hold other people's or services' data: their direct children are flagged for recursive deletes. */
    private static final List<Path> SHARED = paths("/home", "/Users", "/opt", "/srv", "/mnt", "/media", "/Volumes");
    /** Scratch space inside system directories. */
    private static final List<Path> SCRATCH = paths("/tmp", "/var/tmp", "/dev/shm", "/private/tmp", "/var/folders",
            "/private/var/folders");
    /** Working directories too close to the system to treat everything below them as the user's project. */
    private static final List<Path> NOT_A_WORKSPACE = paths("/etc", "/boot", "/proc", "/sys", "/dev", "/bin", "/sbin",
            "/lib", "/lib32", "/lib64", "/libx32", "/usr", "/var", "/root", "/run");
    private static final Set<String> SAFE_DEVICES = Set.of("/dev/null", "/dev/zero", "/dev/stdout", "/dev/stderr",
            "/dev/stdin", "/dev/tty", "/dev/full", "/dev/random", "/dev/urandom");

    final Path home;
    final Path hermodHome;
    final Path workspace;

    Places(Path home, Path hermodHome, Path workspace) {
        this.home = home.toAbsolutePath().normalize();
        this.hermodHome = hermodHome == null ? null : hermodHome.toAbsolutePath().normalize();
        this.workspace = workspace.toAbsolutePath().normalize();
    }

    /** Resolves a word against {@code cwd} (null when unknown). */
    Target target(Word word, Path cwd) {
        String written = word.text();
        Optional<String> text = word.path(home.toString());
        if (text.isEmpty() || text.get().isEmpty()) return new Target(written, null, null, false, false, false, false);
        String value = text.get();
        boolean relative = !value.startsWith("/");
        if (relative && cwd == null) return new Target(written, null, null, false, false, false, true);
        Path path = (relative ? cwd.resolve(value) : Path.of(value)).normalize();
        boolean escapes = relative && Path.of(value).normalize().startsWith("..");
        if (!word.globbed()) return new Target(written, path, path, false, false, escapes, relative);
        return globTarget(written, path, escapes, relative);
    }

    private static Target globTarget(String written, Path path, boolean escapes, boolean relative) {
        Path base = path.getRoot();
        Path pattern = null;
        for (Path name : path) {
            if (isPattern(name.toString())) {
                pattern = name;
                break;
            }
            base = base == null ? name : base.resolve(name);
        }
        if (pattern == null) return new Target(written, path, path, false, false, escapes, relative);
        boolean everything = pattern.toString().chars().allMatch(c -> "*?.[]!{},".indexOf(c) >= 0);
        return new Target(written, path, base, true, everything, escapes, relative);
    }

    private static boolean isPattern(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0
                || (name.indexOf('{') >= 0 && name.indexOf('}') > name.indexOf('{'));
    }

    boolean isRoot(Path p) { return p.getParent() == null; }

    boolean isHome(Path p) { return p.equals(home); }

    boolean isHomeTopLevel(Path p) { return home.equals(p.getParent()); }

    boolean inHome(Path p) { return p.startsWith(home) && !p.equals(home); }

    /** Whether {@code p} is under scratch space ({@code /tmp} ...), where anything goes. */
    boolean isScratch(Path p) { return SCRATCH.stream().anyMatch(s -> p.startsWith(s) && !p.equals(s)); }

    /** The system directory {@code p} is in or is, if any (never for the user's home or scratch space). */
    Optional<Path> systemDirectory(Path p) {
        if (p.startsWith(home) || isScratch(p)) return Optional.empty();
        return SYSTEM.stream().filter(p::startsWith).findFirst();
    }

    /** Whether {@code p} is a direct child of {@code /home}, {@code /opt}, {@code /srv} ... */
    boolean isSharedTopLevel(Path p) { return p.getParent() != null && SHARED.contains(p.getParent()); }

    /** Whether {@code p} is strictly inside the session's working directory, and that is a real workspace. */
    boolean inWorkspace(Path p) {
        if (isRoot(workspace) || isHome(workspace)) return false;
        if (NOT_A_WORKSPACE.contains(workspace) || workspace.startsWith(Path.of("/etc"))) return false;
        return p.startsWith(workspace) && !p.equals(workspace);
    }

    /** Whether {@code p} is the session's working directory or one of its parents. */
    boolean containsWorkingDirectory(Path p) { return workspace.startsWith(p); }

    /** A device node other than the harmless ones ({@code /dev/null}, {@code /dev/tty} ...). */
    boolean isDevice(Path p) {
        String text = p.toString();
        return p.startsWith("/dev") && !SAFE_DEVICES.contains(text) && !p.startsWith("/dev/fd")
                && !p.startsWith("/dev/shm") && !p.startsWith("/dev/pts") && !p.equals(Path.of("/dev"));
    }

    /** Why {@code p} belongs to Hermod's own protected files, or empty. */
    Optional<String> hermodFile(Path p) {
        if (hermodHome == null) return Optional.empty();
        if (p.equals(hermodHome)) return Optional.of("the Hermod home " + hermodHome);
        if (p.startsWith(hermodHome.resolve("etc"))) return Optional.of("Hermod's configuration (" + hermodHome.resolve("etc") + ")");
        if (p.getParent() != null && p.getParent().equals(hermodHome) && p.getFileName().toString().startsWith("state.db")) {
            return Optional.of("Hermod's state database (" + p + ")");
        }
        return Optional.empty();
    }

    /** Why {@code p} is a sensitive file of the user's account (shell start-up files, SSH, history), or empty. */
    Optional<String> accountFile(Path p) {
        if (!p.startsWith(home)) return Optional.empty();
        Path relative = home.relativize(p);
        String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        if (first.equals(".ssh")) return Optional.of("your SSH keys and authorized_keys (~/.ssh)");
        if (Accounts.HISTORY_FILES.contains(relative.toString())) return Optional.of("your shell history (~/" + relative + ")");
        if (Accounts.STARTUP_FILES.contains(relative.toString())) return Optional.of("a shell start-up file (~/" + relative + ")");
        return Optional.empty();
    }

    private static List<Path> paths(String... names) { return java.util.Arrays.stream(names).map(Path::of).toList(); }
}
