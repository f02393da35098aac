package dev.hermod.api.skill;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The operator's view and controls of the skill loop: usage and confidence, the version history,
 * quarantine, retirement and curation. Provided by the skills bundle; used by the shell and the
 * CLI. Every change is recorded in the skill's history. Methods that change something return a
 * one-line report for the operator and throw {@link IllegalArgumentException} with the reason
 * when the change is refused.
 */
@ProviderType
public interface SkillAdmin {

    /** Every skill: active, quarantined and retired, by name. */
    List<SkillStatus> skills();

    /** One skill, in whatever state. */
    Optional<SkillStatus> skill(String name);

    /**
     * Every quarantined skill with what the safety scanner found: skills held where they lie (a user,
     * bundled, external or source skill that fails the scan on load) and skills the agent wrote that
     * failed the scan on write and wait in the quarantine folder. Each finding is one line with the
     * rule, the file and line ({@code block download-and-run at SKILL.md:7 — excerpt}), secrets
     * redacted. For operators only: never shown to the model. Empty when none; thread-safe.
     *
     * @since 1.3
     */
    List<QuarantinedSkill> quarantined();

    /** Its recorded versions, oldest first; empty for an unknown skill. */
    List<SkillVersion> history(String name);

    /** A unified diff between two recorded versions. */
    String diff(String name, int fromVersion, int toVersion);

    /** Releases a quarantined skill: the operator has read it and accepts it as it is now. */
    String approve(String name);

    /** Moves a skill the agent or the user wrote to the archive; it stops being listed and matched. */
    String retire(String name, String reason);

    /** Brings a retired skill back. */
    String restore(String name);

    /** Makes an earlier version the current one (recorded as a new version). */
    String rollback(String name, int version);

    /** Runs curation now: decay, merging near-duplicates, retiring the unused and the failing. */
    String curate();

    /**
     * How tasks are matched to skills right now, in one line for operators: full-text only, or
     * hybrid with the embedding model in use, and how much of the library it has embedded so far.
     *
     * @since 1.3
     */
    default String matching() {
        return "full-text (FTS5)";
    }
}
