package dev.hermod.api.skill;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** Every skill available to the agent, from all sources. Provided by the skills bundle; thread-safe. */
@ProviderType
public interface SkillLibrary {

    /** Every active skill, by name. */
    List<Skill> list();

    /** The skill with this name, if active. */
    Optional<Skill> get(String name);

    /**
     * The skills that best match a task, best first, whose summaries fit in {@code tokenBudget}
     * tokens (about 4 characters each).
     */
    List<Skill> match(String task, int tokenBudget);

    /**
     * As {@link #match(String, int)}, for a session that has exactly these tools: a skill whose
     * triggers name a tool or toolset context ({@code tool:browser}, {@code toolset:web}) is left out
     * unless the session has every tool and toolset it names, since it could not be followed there.
     *
     * @param tools the names of the session's tools
     * @param toolsets the toolsets of those tools
     * @since 1.3
     */
    default List<Skill> match(String task, int tokenBudget, Set<String> tools, Set<String> toolsets) {
        return match(task, tokenBudget);
    }

    /**
     * A supporting file of a skill.
     *
     * @param path relative to the skill's folder; a path leaving the folder is refused
     * @throws IllegalArgumentException if the skill or the file does not exist, or the path is refused
     */
    String readFile(String skill, String path);

    /** The skills the safety scanner holds back, for operators; empty when none. */
    default List<QuarantinedSkill> quarantined() { return List.of(); }
}
