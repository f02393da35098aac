package dev.hermod.skills.internal;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The last gate before skill text reaches the model: what {@code skill_view} serves is scanned as
 * it is served, so a file changed after the load-time scan cannot slip through. A blocking finding,
 * or a scan that fails, blocks the text; the model learns only that it is blocked, the operator
 * gets the findings in the log (and, after the reload the view triggers, in the quarantine).
 */
final class ServedText {

    private static final System.Logger LOG = System.getLogger(ServedText.class.getName());

    /** Skill text that failed the scan as it was about to be served; the message is safe for the model. */
    static final class Blocked extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<ScanFinding> findings;
        private final transient String text;

        Blocked(String file, String text, List<ScanFinding> findings) {
            super("blocked: '" + file + "' did not pass the skill safety check, and the operator has been told. "
                    + "Do not retry it in another form; go on without it.");
            this.text = text;
            this.findings = List.copyOf(findings);
        }

        /** The text that was blocked: served only when the operator approved it as it is. */
        String text() {
            return text;
        }

        /** What the scanner found, for the operator. */
        List<ScanFinding> findings() {
            return findings;
        }
    }

    private ServedText() {
    }

    /**
     * Returns {@code text} if it passes the scanner.
     *
     * @param where the skill or folder, for the operator's log
     * @param file the file the text is, relative to the skill folder
     * @throws Blocked when a finding blocks it or the scan fails
     */
    static String check(String where, String file, String text) {
        return passed(where, file, text, SkillScanner.scanText(file, text));
    }

    /** As {@link #check}, with the findings already made. */
    static String passed(String where, String file, String text, List<ScanFinding> findings) {
        if (SkillScanner.blocks(findings)) {
            LOG.log(Level.WARNING, "skill_view refused '" + file + "' of " + where + ": " + findings);
            throw new Blocked(file, text, findings);
        }
        return text;
    }
}
