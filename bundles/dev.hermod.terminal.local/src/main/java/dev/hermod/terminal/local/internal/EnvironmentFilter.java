package dev.hermod.terminal.local.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Decides which variables of the host environment a command may see. Names that look like secrets
 * are dropped so that a command (or a prompt-injected model) cannot read the model providers' keys.
 * Order of precedence: the blocklist, then the passthrough list, then the built-in secret pattern.
 */
final class EnvironmentFilter {

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(API_KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY).*");

    private final List<Pattern> blocklist;
    private final List<Pattern> passthrough;

    EnvironmentFilter(String[] blocklist, String[] passthrough) {
        this.blocklist = globs(blocklist);
        this.passthrough = globs(passthrough);
    }

    /** Whether a variable with this name may reach a command. */
    boolean allows(String name) {
        if (matchesAny(blocklist, name)) return false;
        if (matchesAny(passthrough, name)) return true;
        return !SECRET_NAME.matcher(name).matches();
    }

    /** The allowed subset of {@code environment}, sorted by name. */
    Map<String, String> filter(Map<String, String> environment) {
        Map<String, String> kept = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (allows(name)) kept.put(name, value);
        });
        return kept;
    }

    private static boolean matchesAny(List<Pattern> patterns, String name) {
        return patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    private static List<Pattern> globs(String[] names) {
        if (names == null) return List.of();
        return Arrays.stream(names).map(String::trim).filter(n -> !n.isEmpty())
                .map(EnvironmentFilter::glob).toList();
    }

    private static Pattern glob(String name) {
        String[] parts = name.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) regex.append(".*");
            if (!parts[i].isEmpty()) regex.append(Pattern.quote(parts[i].toUpperCase(Locale.ROOT)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
