package dev.hermod.skills.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes many varied, plausible SKILL.md folders for the match bench: names, descriptions, triggers,
 * tags and bodies drawn from an everyday engineering and office vocabulary (seeded, so every run writes
 * the same library). Some skills get a regex trigger, as a real library would.
 */
final class SyntheticSkills {

    private static final List<String> VERBS = List.of("audit", "migrate", "monitor", "tune", "rotate", "archive",
            "validate", "export", "import", "benchmark", "document", "secure", "deploy", "upgrade", "profile",
            "schedule", "review", "repair", "sync", "compress", "index", "clean", "test", "plan", "estimate");
    private static final List<String> DOMAINS = List.of("kafka", "redis", "mysql", "terraform", "ansible", "jenkins",
            "grafana", "prometheus", "s3", "lambda", "react", "django", "spring", "rust", "golang", "java", "excel",
            "invoice", "payroll", "calendar", "slack", "jira", "wiki", "ldap", "vault", "helm", "elastic", "mongo",
            "rabbitmq", "nodejs", "android", "ios", "figma", "pdf", "markdown", "latex", "ffmpeg", "audio", "video",
            "browser", "firewall", "vpn", "backup", "docker", "git", "postgres", "python", "nginx", "linux", "dns");
    private static final List<String> OBJECTS = List.of("cluster", "pipeline", "schema", "dashboard", "alerts",
            "secrets", "logs", "metrics", "queue", "cache", "bucket", "templates", "report", "budget", "contracts",
            "release", "config", "permissions", "tokens", "snapshots", "workers", "topics", "indexes", "plugins",
            "forms", "tables", "charts", "playbook", "runbook", "certificates", "users", "quotas", "costs", "jobs");
    private static final List<String> QUALIFIERS = List.of("safely", "without downtime", "for a new team member",
            "before a release", "on a budget", "across regions", "for compliance", "after an incident",
            "step by step", "with rollback", "in bulk", "for a quarterly review", "from scratch", "on a laptop");
    private static final List<String> CATEGORIES = List.of("devops", "data", "office", "security", "web", "mobile",
            "media", "finance", "research", "writing", "networking", "databases");

    private SyntheticSkills() {
    }

    /** Writes {@code count} skills under {@code root} ({@code <category>/<name>/SKILL.md}). */
    static void write(Path root, int count, long seed) throws IOException {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            String verb = pick(random, VERBS);
            String domain = pick(random, DOMAINS);
            String object = pick(random, OBJECTS);
            String name = verb + "-" + domain + "-" + object + "-" + Integer.toString(i, 36);
            Path folder = root.resolve(pick(random, CATEGORIES)).resolve(name);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("SKILL.md"), text(random, name, verb, domain, object, i));
        }
    }

    private static String text(Random random, String name, String verb, String domain, String object, int i) {
        String other = pick(random, OBJECTS);
        String description = capital(verb) + " the " + domain + " " + object + " " + pick(random, QUALIFIERS)
                + ", checking the " + other + " and the " + pick(random, DOMAINS) + " side as well.";
        String regex = i % 20 == 0 ? "  - \"/\\\\b" + domain + "-[0-9]+\\\\b/\"\n" : "";
        return "---\nname: " + name + "\ndescription: \"" + description + "\"\ntriggers:\n  - \"" + verb + " " + domain
                + "\"\n  - \"" + domain + " " + object + "\"\n" + regex + "metadata:\n  hermes:\n    tags: [" + domain
                + ", " + object + ", " + other + "]\n---\n\n# " + name + "\n\n1. Inventory the " + domain + " " + object
                + " and note owners.\n2. " + capital(pick(random, VERBS)) + " the " + other + " "
                + pick(random, QUALIFIERS) + ".\n3. Record what changed in the " + pick(random, OBJECTS) + ".\n";
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
