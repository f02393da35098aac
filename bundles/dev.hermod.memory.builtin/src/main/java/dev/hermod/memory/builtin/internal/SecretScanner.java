package dev.hermod.memory.builtin.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A light check for credentials in text meant for memory. Memory goes into every prompt (and to
 * whatever provider serves the model), so a key saved there leaks on every turn. Reports only the
 * kind of secret found, never the secret.
 */
final class SecretScanner {

    private record Rule(String kind, Pattern pattern) {}

    private final List<Rule> rules = List.of(
            rule("an API key (sk-…)", "(?<![A-Za-z0-9])sk-[A-Za-z0-9_-]{16,}"),
            rule("a Stripe key", "(?<![A-Za-z0-9])[rs]k_(live|test)_[A-Za-z0-9]{16,}"),
            rule("a GitHub token", "(?<![A-Za-z0-9])(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})"),
            rule("an AWS access key id", "(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"),
            rule("an AWS secret access key", "(?i)aws.{0,20}secret.{0,20}[=:]\\s*['\"]?[A-Za-z0-9/+]{40}"),
            rule("a private key", "-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----"),
            rule("a Slack token", "(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}"),
            rule("a Google API key", "(?<![A-Za-z0-9])AIza[A-Za-z0-9_-]{35}"),
            rule("a Telegram bot token", "(?<![0-9])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}"),
            rule("a JSON web token", "eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"),
            rule("a bearer token", "(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]{20,}"),
            rule("a password or secret value", "(?i)\\b(password|passwd|secret|token|api[_-]?key)\\s*[:=]\\s*['\"]?"
                    + "(?=[^\\s'\"]*[0-9])(?=[^\\s'\"]*[A-Za-z])[^\\s'\"]{8,}"));

    /** The kind of secret {@code text} seems to hold, if any. */
    Optional<String> find(String text) {
        return rules.stream().filter(r -> r.pattern().matcher(text).find()).map(Rule::kind).findFirst();
    }

    private static Rule rule(String kind, String regex) {
        return new Rule(kind, Pattern.compile(regex));
    }
}
