package dev.hermod.memory.holographic.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds entities in a fact by fixed patterns, so the same text always gives the same entities.
 * Patterns run in order and each match is blanked out before the next runs, so a URL is not also
 * read as a path, nor a quoted string as a name.
 */
final class EntityExtractor {

    static final int MAX_ENTITIES = 32;
    private static final List<Rule> RULES = List.of(
            new Rule("url", Pattern.compile("\\bhttps?://[^\\s<>\"'`]+"), 0),
            new Rule("quoted", Pattern.compile("[\"“`]([^\"“”`\\n]{2,80})[\"”`]"), 1),
            new Rule("path", Pattern.compile("(?<![\\w/:.])(?:~|\\.{1,2})?/[\\w.\\-]+(?:/[\\w.\\-]+)*/?"
                    + "|\\b[\\w\\-]+(?:/[\\w.\\-]+)+\\.\\w{1,8}\\b"), 0),
            new Rule("handle", Pattern.compile("(?<![\\w@])@[A-Za-z0-9_][\\w\\-]*(?:\\.[\\w\\-]+)*"), 0),
            new Rule("tag", Pattern.compile("(?<![\\w#&])#[\\p{L}][\\p{L}\\p{N}_\\-]*"), 0),
            new Rule("quantity", Pattern.compile("(?i)[$€£]\\s?\\d+(?:[.,]\\d+)?\\b|\\b\\d+(?:[.,]\\d+)?\\s?"
                    + "(?:%|°[cf]|ms|s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|months?|years?"
                    + "|[kmgt]i?b|kb|mb|gb|tb|mm|cm|m|km|mi|kg|g|lb|kwh|w|kw|usd|eur|gbp|k)(?![\\p{L}\\p{N}])"), 0),
            new Rule("name", Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}'\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'\\-]*)*"), 0));

    private record Rule(String kind, Pattern pattern, int group) {}

    /** The entities of {@code text}, distinct by key, in rule order then text order, at most {@value #MAX_ENTITIES}. */
    List<Entity> extract(String text) {
        Map<String, Entity> found = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder(text == null ? "" : text);
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(rest);
            List<int[]> spans = new ArrayList<>();
            while (matcher.find()) {
                String value = rule.kind().equals("name") ? trimName(matcher.group()) : trimTail(matcher.group(rule.group()));
                if (!value.isEmpty() && found.size() < MAX_ENTITIES) found.putIfAbsent(Entity.key(value), Entity.of(value, rule.kind()));
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
            for (int[] span : spans) for (int i = span[0]; i < span[1]; i++) rest.setCharAt(i, ' ');
        }
        return List.copyOf(found.values());
    }

    /** Drops leading stop words ("The", "My") so "The Alps" is "Alps"; a lone stop word is no name. */
    private static String trimName(String name) {
        String[] words = name.strip().split("\\s+");
        int first = 0;
        while (first < words.length && !Tokens.isContent(words[first].toLowerCase(Locale.ROOT))) first++;
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    private static String trimTail(String value) {
        return value.strip().replaceAll("[.,;:!?)\\]]+$", "");
    }
}
