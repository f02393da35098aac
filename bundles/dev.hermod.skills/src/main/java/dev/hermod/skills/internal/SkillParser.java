package dev.hermod.skills.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.Skill.Provenance;

/**
 * Turns SKILL.md text into a {@link Skill}, following the agentskills.io front matter convention
 * (name, description, version, license, platforms, prerequisites, metadata.*) plus Hermod's
 * {@code triggers} and {@code provenance}.
 */
final class SkillParser {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private SkillParser() {
    }

    /**
     * @param directory the skill's folder, or null
     * @param category the category folder path, or empty
     * @param files the supporting files, relative to the folder
     */
    static Skill parse(String text, Path directory, String category, Origin origin, List<String> files)
            throws InvalidSkillException {
        FrontMatter parsed = FrontMatter.parse(text);
        Map<String, Object> fields = parsed.fields();
        String name = FrontMatterFields.text(fields, "name").map(String::strip).orElse("");
        if (name.isEmpty()) {
            throw new InvalidSkillException("front matter has no 'name'");
        }
        checkName(name);
        String description = FrontMatterFields.text(fields, "description").map(String::strip).orElse("");
        if (description.isEmpty()) {
            throw new InvalidSkillException("front matter has no 'description': say in one paragraph when to use "
                    + "the skill");
        }
        return new Skill(name, description, category, FrontMatterFields.text(fields, "version").orElse(""),
                FrontMatterFields.firstStrings(fields, "triggers", "metadata.hermes.triggers"),
                provenance(fields, origin), parsed.body(), fields, directory, files);
    }

    /** Refuses a name outside {@code [a-z0-9][a-z0-9-]{0,63}}. */
    static void checkName(String name) throws InvalidSkillException {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidSkillException("name '" + name + "' is invalid: use 1-64 lower-case letters, digits and "
                    + "dashes, starting with a letter or digit (for example 'git-bisect-regression')");
        }
    }

    /** The tags of a skill: {@code metadata.hermes.tags}, else {@code tags}, else {@code metadata.tags}. */
    static List<String> tags(Skill skill) {
        return FrontMatterFields.firstStrings(skill.frontMatter(), "metadata.hermes.tags", "tags", "metadata.tags");
    }

    private static Provenance provenance(Map<String, Object> fields, Origin origin) {
        if (origin == Origin.BUNDLED_DIR) {
            return Provenance.BUNDLED;
        }
        String declared = FrontMatterFields.text(fields, "provenance").orElse("").strip().toLowerCase(Locale.ROOT);
        return switch (declared) {
            case "agent" -> Provenance.AGENT;
            case "hub" -> Provenance.HUB;
            default -> Provenance.USER;
        };
    }
}
