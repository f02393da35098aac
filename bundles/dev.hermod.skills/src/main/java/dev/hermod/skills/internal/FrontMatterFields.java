package dev.hermod.skills.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of front matter values, including nested {@code metadata.*} paths. */
final class FrontMatterFields {

    private FrontMatterFields() {
    }

    /** The value at a dotted path ({@code metadata.hermes.tags}), if present. */
    static Optional<Object> at(Map<String, Object> fields, String dottedPath) {
        Object current = fields;
        for (String key : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.ofNullable(current);
    }

    /** A scalar as text; empty for maps and lists. */
    static Optional<String> text(Map<String, Object> fields, String dottedPath) {
        return at(fields, dottedPath).filter(v -> !(v instanceof Map) && !(v instanceof List)).map(Object::toString);
    }

    /** A list of strings; a single scalar (also a comma-separated one) counts as a list. */
    static List<String> strings(Map<String, Object> fields, String dottedPath) {
        Object value = at(fields, dottedPath).orElse(null);
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> !(v instanceof Map) && !(v instanceof List)).map(Object::toString)
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (value == null || value instanceof Map) {
            return List.of();
        }
        return java.util.Arrays.stream(value.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The first non-empty list among the paths. */
    static List<String> firstStrings(Map<String, Object> fields, String... dottedPaths) {
        for (String path : dottedPaths) {
            List<String> values = strings(fields, path);
            if (!values.isEmpty()) {
                return values;
            }
        }
        return List.of();
    }
}
