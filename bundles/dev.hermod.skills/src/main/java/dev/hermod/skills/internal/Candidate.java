package dev.hermod.skills.internal;

import dev.hermod.api.skill.Skill;

/** A parsed skill before precedence is applied. */
record Candidate(Skill skill, Origin origin, String location) {
}
