package dev.hermod.api.skill;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A skill: a SKILL.md playbook and its folder.
 *
 * @param name the skill name (front matter {@code name}; lower case, digits and dashes)
 * @param description one paragraph saying when to use it
 * @param category the folder category ({@code devops}, {@code research} ...), or empty
 * @param version the front matter version, or empty
 * @param triggers keywords and patterns that suggest the skill
 * @param provenance where it came from
 * @param body the markdown body (steps, pitfalls, verification)
 * @param frontMatter every front matter field as parsed (nested maps and lists for YAML structures)
 * @param directory the skill's folder, or {@code null} for a skill shipped inside a bundle
 * @param files the supporting files, relative to the folder ({@code references/api.md} ...)
 */
public record Skill(String name, String description, String category, String version, List<String> triggers,
                    Provenance provenance, String body, Map<String, Object> frontMatter, Path directory,
                    List<String> files) {
    public Skill {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        category = category == null ? "" : category;
        version = version == null ? "" : version;
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        provenance = provenance == null ? Provenance.USER : provenance;
        body = body == null ? "" : body;
        frontMatter = frontMatter == null ? Map.of() : Map.copyOf(frontMatter);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Where a skill came from. */
    public enum Provenance { BUNDLED, USER, AGENT, HUB }
}
