package dev.hermod.skills.internal;

import java.util.List;

/**
 * A skill the safety scanner blocked: it is not listed, matched or shown to the model.
 *
 * @param name the skill name
 * @param location the SKILL.md path, or {@code source <id>/<name>}
 * @param findings every finding, blocking or not
 */
public record BlockedSkill(String name, String location, List<ScanFinding> findings) {

    public BlockedSkill {
        findings = List.copyOf(findings);
    }
}
