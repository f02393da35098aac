package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.List;

/** Scans every skills folder of a {@link SkillRoots}. */
final class SkillFolders {

    /** Everything the folders offer, before precedence. */
    record Scan(List<Candidate> candidates, List<SkillProblem> problems) {
    }

    private SkillFolders() {
    }

    static Scan scan(SkillRoots roots) {
        List<Candidate> candidates = new ArrayList<>();
        List<SkillProblem> problems = new ArrayList<>();
        for (SkillRoots.Root root : roots.all()) {
            SkillFolderScanner.Result result = SkillFolderScanner.scan(root.path(), root.origin());
            candidates.addAll(result.candidates());
            problems.addAll(result.problems());
        }
        return new Scan(List.copyOf(candidates), List.copyOf(problems));
    }
}
