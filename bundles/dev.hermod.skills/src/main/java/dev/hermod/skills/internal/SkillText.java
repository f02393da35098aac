package dev.hermod.skills.internal;

import java.util.LinkedHashMap;
import java.util.List;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import dev.hermod.api.skill.Skill;

/**
 * The parts of a {@code skill_view} answer that are not read from a file: a skill rendered from its
 * parsed front matter and body (skills without a folder, or whose SKILL.md cannot be read), and the
 * footer listing its supporting files. The scanner scans these same texts at load, so what the
 * model is shown is what was scanned.
 */
final class SkillText {

    static final String FILE_LIST = "<file list>";

    private SkillText() {
    }

    /** The skill as a SKILL.md: its front matter as YAML, then its body. */
    static String rendered(Skill skill) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        String yaml = new Yaml(options).dump(new LinkedHashMap<>(skill.frontMatter()));
        return "---\n" + yaml + "---\n\n" + skill.body() + "\n";
    }

    /** The footer naming the supporting files, or empty when there are none. */
    static String footer(Skill skill) {
        List<String> files = skill.files();
        return files.isEmpty() ? "" : "\n[Supporting files; view one with skill_view(name, file_path): "
                + String.join(", ", files) + "]";
    }
}
