package dev.hermod.api.skill;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded version of a skill's SKILL.md.
 *
 * @param number 1 for the first version seen, then counting up
 * @param createdAt when it was recorded
 * @param actor who made it: {@code agent}, {@code review}, {@code reflection}, {@code curation},
 *        {@code operator}, or {@code file} for an edit seen on disk
 * @param reason why
 * @param sessionId the session it came from, or empty
 * @param content the whole SKILL.md
 */
public record SkillVersion(int number, Instant createdAt, String actor, String reason, String sessionId,
                           String content) {
    public SkillVersion {
        Objects.requireNonNull(createdAt, "createdAt");
        actor = actor == null ? "" : actor;
        reason = reason == null ? "" : reason;
        sessionId = sessionId == null ? "" : sessionId;
        content = content == null ? "" : content;
    }
}
