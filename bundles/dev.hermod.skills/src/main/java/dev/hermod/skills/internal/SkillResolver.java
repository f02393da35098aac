package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.Skill.Provenance;

/**
 * Decides which skill holds a name when several sources offer it: user folder, then bundled folder,
 * then external folders, then skill source services. A skill the agent wrote itself never shadows
 * a bundled or user skill of the same name: it is dropped with a problem report instead, so the agent
 * cannot quietly rewrite a playbook the operator relies on.
 */
final class SkillResolver {

    private static final Set<Provenance> PROTECTED = EnumSet.of(Provenance.BUNDLED, Provenance.USER);
    private static final Comparator<Candidate> PRECEDENCE =
            Comparator.comparing(Candidate::origin).thenComparing(Candidate::location);

    private SkillResolver() {
    }

    /** The catalog for {@code candidates}; {@code problems} from scanning are carried into it. */
    static Catalog resolve(List<Candidate> candidates, List<SkillProblem> problems) {
        Map<String, List<Candidate>> byName = new TreeMap<>();
        candidates.forEach(c -> byName.computeIfAbsent(c.skill().name(), n -> new ArrayList<>()).add(c));
        Map<String, Skill> active = new LinkedHashMap<>();
        List<SkillProblem> report = new ArrayList<>(problems);
        byName.forEach((name, offered) -> pick(name, offered, report).ifPresent(s -> active.put(name, s)));
        return new Catalog(Collections.unmodifiableMap(active), List.copyOf(report), List.of());
    }

    private static Optional<Skill> pick(String name, List<Candidate> offered, List<SkillProblem> report) {
        List<Candidate> ordered = offered.stream().sorted(PRECEDENCE).toList();
        Optional<Candidate> guarded = ordered.stream()
                .filter(c -> PROTECTED.contains(c.skill().provenance())).findFirst();
        List<Candidate> eligible = new ArrayList<>();
        for (Candidate candidate : ordered) {
            if (candidate.skill().provenance() == Provenance.AGENT && guarded.isPresent()) {
                report.add(new SkillProblem(candidate.location(), "agent-created skill '" + name + "' is ignored: it "
                        + "would shadow the " + guarded.get().skill().provenance().name().toLowerCase(java.util.Locale.ROOT) + " skill at "
                        + guarded.get().location() + "; give it another name"));
            } else {
                eligible.add(candidate);
            }
        }
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Candidate winner = eligible.get(0);
        eligible.stream().skip(1).filter(c -> c.origin() == winner.origin()).forEach(c -> report.add(
                new SkillProblem(c.location(), "duplicate skill name '" + name + "'; the one at " + winner.location()
                        + " is used: rename one of them")));
        return Optional.of(winner.skill());
    }
}
