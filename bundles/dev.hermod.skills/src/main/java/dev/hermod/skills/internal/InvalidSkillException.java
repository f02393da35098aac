package dev.hermod.skills.internal;

/** A SKILL.md that cannot be used; the message says why and how to fix it. */
final class InvalidSkillException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidSkillException(String message) {
        super(message);
    }
}
