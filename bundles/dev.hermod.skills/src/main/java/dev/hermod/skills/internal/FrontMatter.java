package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The YAML front matter and markdown body of a SKILL.md. YAML is read with snakeyaml's
 * {@link SafeConstructor} only (plain maps, lists and scalars; no arbitrary classes), with limits on
 * size, nesting and aliases so a hostile file cannot exhaust memory.
 *
 * @param fields the front matter, without null values, nested maps and lists unmodifiable
 * @param body the markdown after the closing {@code ---}
 */
record FrontMatter(Map<String, Object> fields, String body) {

    private static final int MAX_YAML_CODE_POINTS = 64 * 1024;

    /** Splits and parses a SKILL.md text. */
    static FrontMatter parse(String text) throws InvalidSkillException {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = source.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new InvalidSkillException("no front matter: SKILL.md must start with a '---' line, then YAML "
                    + "(name, description ...), then another '---' line");
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---") && !lines.get(end).strip().equals("...")) {
            end++;
        }
        if (end == lines.size()) {
            throw new InvalidSkillException("front matter is not closed: add a '---' line after the YAML");
        }
        Object yaml = load(String.join("\n", lines.subList(1, end)));
        if (!(yaml instanceof Map<?, ?> map)) {
            throw new InvalidSkillException("front matter must be a YAML mapping of 'key: value' lines");
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size())).strip();
        return new FrontMatter(sanitiseMap(map), body);
    }

    private static Object load(String yaml) throws InvalidSkillException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        try {
            return new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
            throw new InvalidSkillException("front matter is not valid YAML: " + message);
        }
    }

    private static Map<String, Object> sanitiseMap(Map<?, ?> map) {
        Map<String, Object> clean = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                clean.put(key.toString(), sanitise(value));
            }
        });
        return Collections.unmodifiableMap(clean);
    }

    private static Object sanitise(Object value) {
        if (value instanceof Map<?, ?> map) {
            return sanitiseMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> clean = new ArrayList<>();
            list.stream().filter(v -> v != null).map(FrontMatter::sanitise).forEach(clean::add);
            return Collections.unmodifiableList(clean);
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
