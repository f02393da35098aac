package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits candidate skills into those the safety scanner passes and those it quarantines. Runs before
 * precedence, so a quarantined skill shadows nothing: a blocked user skill leaves the bundled skill of
 * the same name in place.
 */
final class Quarantine {

    /** The result of screening: usable candidates and the quarantined skills. */
    record Screened(List<Candidate> clean, List<BlockedSkill> blocked) {
    }

    private Quarantine() {
    }

    static Screened screen(List<Candidate> candidates) {
        return screen(candidates, c -> false);
    }

    /** As {@link #screen(List)}, letting through blocked candidates the operator approved as they are. */
    static Screened screen(List<Candidate> candidates, java.util.function.Predicate<Candidate> approved) {
        List<Candidate> clean = new ArrayList<>();
        List<BlockedSkill> blocked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<ScanFinding> findings = SkillScanner.scan(candidate.skill());
            if (SkillScanner.blocks(findings) && !approved.test(candidate)) {
                blocked.add(new BlockedSkill(candidate.skill().name(), candidate.location(), findings,
                        candidate.skill().provenance(), candidate.skill().directory()));
            } else {
                clean.add(candidate);
            }
        }
        return new Screened(List.copyOf(clean), List.copyOf(blocked));
    }
}
