package dev.hermod.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before the model, a transcript or a log sees it: the values of
 * secret-looking environment variables, and well-known token shapes.
 */
final class Redactor {

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(API_?KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY).*");
    private static final Pattern SHAPES = Pattern.compile(String.join("|",
            "sk-[A-Za-z0-9_-]{16,}",                     // OpenAI-style keys (also sk-or-, sk-ant-)
            "gh[pousr]_[A-Za-z0-9]{20,}",                // GitHub tokens
            "xox[abposr]-[A-Za-z0-9-]{10,}",             // Slack tokens
            "AKIA[0-9A-Z]{16}",                          // AWS access key ids
            "AIza[0-9A-Za-z_-]{30,}",                    // Google API keys
            "\\d{8,10}:[A-Za-z0-9_-]{35}",               // Telegram bot tokens
            "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----"));

    private record Secret(String name, String value) {}

    private final List<Secret> secrets;
    private final boolean enabled;

    Redactor(Map<String, String> environment, boolean enabled) {
        this.enabled = enabled;
        List<Secret> found = new ArrayList<>();
        environment.forEach((name, value) -> {
            if (value != null && value.length() >= 8 && SECRET_NAME.matcher(name).matches()) {
                found.add(new Secret(name, value));
            }
        });
        found.sort(Comparator.comparingInt((Secret s) -> s.value().length()).reversed());
        this.secrets = List.copyOf(found);
    }

    /** The text with every secret replaced by a marker naming where it came from. */
    String redact(String text) {
        if (!enabled || text == null || text.isEmpty()) return text;
        String out = text;
        for (Secret s : secrets) {
            if (out.contains(s.value())) out = out.replace(s.value(), "[REDACTED:" + s.name() + "]");
        }
        Matcher m = SHAPES.matcher(out);
        return m.find() ? m.replaceAll("[REDACTED]") : out;
    }
}
