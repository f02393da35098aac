package dev.hermod.skills.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the skill library (PID {@code hermod.skills}).
 *
 * <p>DS turns a double {@code __} in a method name into {@code _}: the keys in
 * {@code etc/hermod.skills.cfg} are {@code bundled_dir}, {@code external_dirs} and {@code match_token_budget}.
 */
@ObjectClassDefinition(name = "Hermod skills", description = "Where the skill library finds SKILL.md folders.")
public @interface SkillsConfig {

    @AttributeDefinition(name = "Bundled skills folder",
            description = "The distribution's own skills. Empty means the framework property "
                    + "hermod.skills.bundled, which the launcher sets to the distribution's skills/ folder. "
                    + "A relative path is relative to the Hermod home.")
    String bundled__dir() default "";

    @AttributeDefinition(name = "External skills folders",
            description = "Extra folders of skills, read only (for example a team's shared skills checkout). "
                    + "'~/' is the user's home; a relative path is relative to the Hermod home.")
    String[] external__dirs() default {};

    @AttributeDefinition(name = "Match token budget",
            description = "Default budget, in tokens of about 4 characters, for the skill summaries that "
                    + "match() returns when the caller gives no budget.")
    int match__token__budget() default 1500;

    @AttributeDefinition(name = "State database",
            description = "Where usage, confidence, versions and approvals of skills are kept. Empty means "
                    + "$HERMOD_HOME/state.db; a relative path is relative to the Hermod home.")
    String state__path() default "";
}
