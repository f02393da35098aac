package dev.hermod.skills.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the skill loop (PID {@code hermod.skills.loop}); keys use underscores
 * ({@code create_min_tool_calls}).
 */
@ObjectClassDefinition(name = "Hermod skill loop",
        description = "When the agent writes skills from finished tasks, how it judges them, and how it curates them.")
public @interface SkillLoopConfig {

    @AttributeDefinition(name = "Enabled", description = "Learn from finished turns: create, judge and revise skills.")
    boolean enabled() default true;

    @AttributeDefinition(name = "Tool calls for a new skill",
            description = "A successful task with at least this many tool calls is reviewed for a skill (Hermes nudges every 10-15).")
    int create__min__tool__calls() default 10;

    @AttributeDefinition(name = "Similar earlier tasks for a new skill",
            description = "A successful task with at least min_tool_calls_if_recurring tool calls is reviewed when the "
                    + "session store holds this many similar requests from other sessions.")
    int create__min__similar__tasks() default 3;

    @AttributeDefinition(name = "Recovered errors for a new skill",
            description = "A successful task with at least min_tool_calls_if_recurring tool calls is also reviewed when "
                    + "this many of its tool calls failed on the way (trial and error worth a playbook); 0 turns it off.")
    int create__min__recovered__errors() default 2;

    @AttributeDefinition(name = "Tool calls of a recurring task",
            description = "The fewest tool calls for a recurring task to be worth a skill.")
    int min__tool__calls__if__recurring() default 3;

    @AttributeDefinition(name = "Self-check", description = "Ask the model whether a skill it used worked (one short background call).")
    boolean self__check() default true;

    @AttributeDefinition(name = "Revise below", description = "A skill whose confidence falls below this is revised by reflection.")
    double revise__below() default 0.4;

    @AttributeDefinition(name = "Near-duplicate threshold",
            description = "Term overlap (0-1) of name, description and triggers above which two skills are merged.")
    double near__duplicate() default 0.5;

    @AttributeDefinition(name = "Confidence half-life (days)", description = "Disuse halves confidence every this many days.")
    int confidence__half__life__days() default 60;

    @AttributeDefinition(name = "Retire below", description = "Curation retires agent skills whose decayed confidence is below this.")
    double retire__below() default 0.15;

    @AttributeDefinition(name = "Retire when unused (days)", description = "Curation retires agent skills unused for this many days.")
    int retire__unused__days() default 120;

    @AttributeDefinition(name = "Curation interval (hours)", description = "How often curation runs; 0 runs it only on demand.")
    int curate__interval__hours() default 24;
}
