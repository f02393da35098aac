package dev.hermod.api.skill;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A contributor of skills to the library beyond the skills folders, for example a bundle that
 * ships skills or a skills hub. Registered as a service; the library tracks sources live.
 */
@ConsumerType
public interface SkillSource {

    /** The source's id, shown in the operator's view. */
    String id();

    /** The skills it offers now. */
    List<Skill> skills();
}
