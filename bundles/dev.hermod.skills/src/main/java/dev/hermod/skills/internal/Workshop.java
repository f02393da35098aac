package dev.hermod.skills.internal;

import java.nio.file.Path;
import java.util.Optional;

import dev.hermod.api.skill.Skill;

/** What the writer needs of the library: the user folder, the active skills, and a reload after a change. */
public interface Workshop {

    /** {@code $HERMOD_HOME/skills}, where the user's and the agent's skills live. */
    Path userRoot();

    /** The active skill of that name. */
    Optional<Skill> skill(String name);

    /** The folder of a skill the scanner quarantined where it lies, if any. */
    Optional<Path> quarantinedFolder(String name);

    /** Rescans the folders now, so the next read sees the change. */
    void reload();
}
