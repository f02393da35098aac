package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One entry of a skill's {@code triggers}: a keyword or phrase (matched on whole, lightly stemmed
 * words), a regular expression written {@code /.../} (case-insensitive, searched anywhere in the
 * task), or a tool context such as {@code tool:terminal} or {@code toolset:web}: a condition on the
 * session rather than the task (the skill is offered only where its tools are, see {@link #usable}).
 *
 * @param kind what the trigger is
 * @param text the trigger as written
 * @param stemmed for keywords and phrases, the stemmed words padded with spaces; else empty
 * @param pattern for regular expressions, the compiled pattern; else null
 */
record TriggerRule(Kind kind, String text, String stemmed, Pattern pattern) {

    /** Kinds of trigger. */
    enum Kind { KEYWORD, PHRASE, REGEX, CONTEXT }

    static final int MAX_REGEX_LENGTH = 256;
    private static final Pattern CONTEXT = Pattern.compile("(?i)(tool|toolset)\\s*:\\s*[\\w.-]+");

    /**
     * Parses triggers; an invalid one is left out and reported to {@code problems} with its text and
     * the reason.
     */
    static List<TriggerRule> parse(List<String> triggers, BiConsumer<String, String> problems) {
        List<TriggerRule> rules = new ArrayList<>();
        for (String raw : triggers) {
            String text = raw.strip();
            if (CONTEXT.matcher(text).matches()) {
                rules.add(new TriggerRule(Kind.CONTEXT, text.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""), "", null));
            } else if (regexShaped(text)) {
                regex(text, problems).ifPresent(rules::add);
            } else {
                String stemmed = Terms.stemmedText(text);
                if (!stemmed.isBlank()) {
                    Kind kind = stemmed.strip().contains(" ") ? Kind.PHRASE : Kind.KEYWORD;
                    rules.add(new TriggerRule(kind, text, stemmed, null));
                }
            }
        }
        return List.copyOf(rules);
    }

    /** Whether a trigger as written is words (a keyword or phrase), not a {@code /regex/} or a tool context. */
    static boolean words(String raw) {
        String text = raw.strip();
        return !text.isEmpty() && !CONTEXT.matcher(text).matches() && !regexShaped(text);
    }

    private static boolean regexShaped(String text) {
        return text.length() > 2 && text.startsWith("/") && text.endsWith("/");
    }

    /** Whether this trigger fires for the task; context triggers never fire (they are conditions, see {@link #usable}). */
    boolean matches(TaskQuery task) {
        return switch (kind) {
            case KEYWORD, PHRASE -> task.stemmedText().contains(stemmed);
            case REGEX -> BoundedText.find(pattern, task.text());
            case CONTEXT -> false;
        };
    }

    /** Whether the trigger is words the full-text index should hold. */
    boolean isWords() {
        return kind == Kind.KEYWORD || kind == Kind.PHRASE;
    }

    private static java.util.Optional<TriggerRule> regex(String text, BiConsumer<String, String> problems) {
        String source = text.substring(1, text.length() - 1);
        if (source.length() > MAX_REGEX_LENGTH) {
            problems.accept(text, "regular expression longer than " + MAX_REGEX_LENGTH + " characters; shorten it");
            return java.util.Optional.empty();
        }
        try {
            Pattern pattern = Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return java.util.Optional.of(new TriggerRule(Kind.REGEX, text, "", pattern));
        } catch (PatternSyntaxException e) {
            problems.accept(text, "invalid regular expression: " + e.getDescription() + " (write it as /pattern/)");
            return java.util.Optional.empty();
        }
    }

    /**
     * Whether a skill with these rules can be followed in a session with {@code tools} and
     * {@code toolsets}: every tool and toolset context it names is there. Null sets (no session
     * known) allow everything.
     */
    static boolean usable(List<TriggerRule> rules, java.util.Set<String> tools, java.util.Set<String> toolsets) {
        if (tools == null || toolsets == null) return true;
        for (TriggerRule rule : rules) {
            if (rule.kind() != Kind.CONTEXT) continue;
            int colon = rule.text().indexOf(':');
            String wanted = rule.text().substring(colon + 1);
            boolean present = rule.text().startsWith("toolset:") ? toolsets.contains(wanted) : tools.contains(wanted);
            if (!present) return false;
        }
        return true;
    }
}
