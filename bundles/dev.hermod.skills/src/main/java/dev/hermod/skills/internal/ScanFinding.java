package dev.hermod.skills.internal;

/**
 * Something the skill safety scanner found in a skill's files. For the operator only (shell,
 * doctor, logs): never shown to the model, which would learn how to get around the rules.
 *
 * @param rule the rule id, e.g. {@code download-and-run}
 * @param severity whether the finding blocks the skill
 * @param file the file it was found in, relative to the skill folder ({@code SKILL.md},
 *        {@code scripts/x.sh}), or {@code <source>} for a skill from a skill source
 * @param line the 1-based line, or 0 when it concerns the whole file
 * @param excerpt a short excerpt of the line, secrets redacted and invisible characters shown as
 *        {@code <U+200B>}
 */
public record ScanFinding(String rule, Severity severity, String file, int line, String excerpt) {

    /** How much a finding matters. */
    public enum Severity {
        /** The skill is quarantined. */
        BLOCK,
        /** Reported to the operator; the skill stays available. */
        WARN
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + rule + " at " + file
                + (line > 0 ? ":" + line : "") + (excerpt.isEmpty() ? "" : " — " + excerpt);
    }
}
