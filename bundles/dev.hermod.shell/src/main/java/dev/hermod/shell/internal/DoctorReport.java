package dev.hermod.shell.internal;

import java.util.List;

/**
 * The doctor's findings, by section.
 *
 * @param home the Hermod home examined
 * @param sections the sections in report order
 */
record DoctorReport(String home, List<Section> sections) {

    /** A titled group of checks. */
    record Section(String title, List<Check> checks) {}

    /** How many checks failed. */
    long problems() {
        return sections.stream().flatMap(s -> s.checks().stream()).filter(c -> c.status() == Check.Status.FAIL).count();
    }

    boolean healthy() {
        return problems() == 0;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Hermod doctor: ").append(home).append('\n');
        for (Section section : sections) {
            if (section.checks().isEmpty()) continue;
            text.append('\n').append(section.title()).append('\n');
            section.checks().forEach(c -> text.append("  ").append(c).append('\n'));
        }
        long problems = problems();
        text.append('\n').append(problems == 0 ? "No problems found." : problems + (problems == 1 ? " problem" : " problems") + " found.");
        return text.append('\n').toString();
    }
}
