package dev.hermod.skills.internal;

import java.util.Collection;
import java.util.List;

import dev.hermod.api.skill.Skill;

/**
 * Ranks skills for a task. Kept behind this small interface so a full-text or embedding index can
 * replace the lexical one without touching the library.
 */
interface SkillMatcher {

    /** The skills relevant to {@code task}, best first; irrelevant skills are left out. */
    List<Skill> rank(String task, Collection<Skill> skills);
}
