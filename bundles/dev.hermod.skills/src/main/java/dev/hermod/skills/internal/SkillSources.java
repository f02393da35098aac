package dev.hermod.skills.internal;

import java.util.List;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.SkillSource;

/** Collects the skills of a {@link SkillSource} service, validating names and containing its failures. */
final class SkillSources {

    private SkillSources() {
    }

    /** Adds the source's valid skills to {@code candidates} and its failures to {@code problems}. */
    static void collect(SkillSource source, List<Candidate> candidates, List<SkillProblem> problems) {
        String location = "source " + safeId(source);
        List<Skill> offered;
        try {
            offered = source.skills();
        } catch (RuntimeException e) {
            problems.add(new SkillProblem(location, "the skill source failed: " + e));
            return;
        }
        for (Skill skill : offered == null ? List.<Skill>of() : offered) {
            if (skill == null) {
                continue;
            }
            try {
                SkillParser.checkName(skill.name());
                candidates.add(new Candidate(skill, Origin.SOURCE_SERVICE, location + "/" + skill.name()));
            } catch (InvalidSkillException e) {
                problems.add(new SkillProblem(location, e.getMessage()));
            }
        }
    }

    private static String safeId(SkillSource source) {
        try {
            return source.id();
        } catch (RuntimeException e) {
            return source.getClass().getName();
        }
    }
}
