package dev.hermod.skills.internal;

import java.nio.file.Path;
import java.util.List;

import dev.hermod.api.skill.Skill;

/**
 * A skill the safety scanner blocked: it is not listed, matched or shown to the model.
 *
 * @param name the skill name
 * @param location the SKILL.md path, or {@code source <id>/<name>}
 * @param findings every finding, blocking or not
 * @param provenance the provenance it would have (bundled for a bundle's or the distribution's skill)
 * @param folder the skill's folder (also for a bundle's skill), or null for a source skill without one
 */
public record BlockedSkill(String name, String location, List<ScanFinding> findings, Skill.Provenance provenance,
                           Path folder) {

    public BlockedSkill {
        findings = List.copyOf(findings);
    }
}
