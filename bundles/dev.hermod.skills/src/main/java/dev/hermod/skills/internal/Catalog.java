package dev.hermod.skills.internal;

import java.util.List;
import java.util.Map;

import dev.hermod.api.skill.Skill;

/**
 * The active skills after precedence, and the problems met on the way. Immutable: a reload
 * builds a new catalog and swaps it in.
 *
 * @param skills the active skills by name, in name order
 * @param problems skills that were skipped, with the reason (shown to the model by skills_list)
 * @param quarantined skills the safety scanner blocked (for the operator only)
 */
record Catalog(Map<String, Skill> skills, List<SkillProblem> problems, List<BlockedSkill> quarantined) {

    static final Catalog EMPTY = new Catalog(Map.of(), List.of(), List.of());

    Catalog withQuarantined(List<BlockedSkill> blocked) {
        return new Catalog(skills, problems, List.copyOf(blocked));
    }
}
