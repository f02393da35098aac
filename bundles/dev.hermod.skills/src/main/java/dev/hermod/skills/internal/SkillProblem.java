package dev.hermod.skills.internal;

/**
 * A skill that could not be used.
 *
 * @param location the SKILL.md path, or {@code source <id>} for a skill from a {@code SkillSource}
 * @param reason what is wrong and how to fix it
 */
public record SkillProblem(String location, String reason) {

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
