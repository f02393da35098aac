package dev.hermod.api.skill;

import java.time.Instant;
import java.util.Objects;

/**
 * What the library knows about one skill, for operators.
 *
 * @param name the skill name
 * @param provenance where it came from
 * @param state active, quarantined or retired
 * @param confidence 0–1: how well it has worked, after decay for disuse
 * @param uses how often a turn loaded it
 * @param successes uses judged a success
 * @param failures uses judged a failure
 * @param lastUsed when a turn last loaded it, or null
 * @param version the number of its latest recorded version (1 for a skill never changed), 0 if none
 * @param location its folder, archive folder or source
 */
public record SkillStatus(String name, Skill.Provenance provenance, State state, double confidence, int uses,
                          int successes, int failures, Instant lastUsed, int version, String location) {
    public SkillStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        provenance = provenance == null ? Skill.Provenance.USER : provenance;
        location = location == null ? "" : location;
    }

    /** Whether a skill is in use. */
    public enum State {
        /** Listed, viewed and matched. */
        ACTIVE,
        /** Held back by the safety scanner until an operator approves it. */
        QUARANTINED,
        /** Moved to the archive by curation or an operator; restorable. */
        RETIRED
    }
}
