package dev.hermod.skills.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.hermod.api.agent.AuxiliaryModel;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.Skill.Provenance;

/**
 * Periodic care of the agent's skills: near-duplicates are merged into the more trusted one (the
 * other retired, "merged into" recorded), and skills long unused or with too little confidence left
 * after decay are retired to the archive. Nothing is deleted; the operator's and bundled skills are
 * never touched.
 */
final class SkillCurator {

    private final FolderSkillLibrary library;
    private final SkillLoopConfig config;
    private final AuxiliaryModel model;

    SkillCurator(FolderSkillLibrary library, SkillLoopConfig config, AuxiliaryModel model) {
        this.library = library;
        this.config = config;
        this.model = model;
    }

    String curate(Instant now) {
        List<String> report = new ArrayList<>();
        Confidence confidence = new Confidence(Duration.ofDays(Math.max(1, config.confidence__half__life__days())));
        Map<String, SkillState.Usage> usage = library.state().usages().stream()
                .collect(Collectors.toMap(SkillState.Usage::name, Function.identity()));
        Function<Skill, Double> trust = s -> Optional.ofNullable(usage.get(s.name()))
                .map(u -> confidence.decayed(u.confidence(), u.lastUsed(), u.firstSeen(), now))
                .orElse(Confidence.initial(s.provenance()));
        for (Skill skill : agentSkills()) {
            SkillState.Usage u = usage.get(skill.name());
            Instant since = u == null ? null : u.lastUsed() != null ? u.lastUsed() : u.firstSeen();
            boolean idle = since != null && Duration.between(since, now).toDays() >= config.retire__unused__days();
            double left = trust.apply(skill);
            if (idle || left < config.retire__below()) {
                String why = idle ? "unused for " + Duration.between(since, now).toDays() + " days"
                        : String.format("confidence %.2f after decay is below %.2f", left, config.retire__below());
                library.writer().retire(skill.name(), SkillWriter.Author.loop("curation", ""), why);
                report.add("retired " + skill.name() + " (" + why + ")");
            }
        }
        mergeDuplicates(trust, report);
        return report.isEmpty() ? "curation: nothing to do" : "curation: " + String.join("; ", report);
    }

    private void mergeDuplicates(Function<Skill, Double> trust, List<String> report) {
        if (model == null) return;
        List<Skill> skills = agentSkills().stream().sorted(Comparator.comparing(trust).reversed()).toList();
        List<String> gone = new ArrayList<>();
        for (Skill kept : skills) {
            if (gone.contains(kept.name())) continue;
            List<Skill> others = agentSkills().stream().filter(s -> !gone.contains(s.name())).toList();
            Optional<Skill> twin = NearDuplicates.closest(kept, others, config.near__duplicate());
            if (twin.isEmpty()) continue;
            Skill other = twin.get();
            SkillWriter.Outcome merged = new SkillCreation(library, model, config.near__duplicate())
                    .merge(kept, SkillCreation.read(other), "merged '" + other.name() + "' during curation", "");
            if (merged.ok()) {
                library.writer().retire(other.name(), SkillWriter.Author.loop("curation", ""), "merged into " + kept.name());
                gone.add(other.name());
                report.add("merged " + other.name() + " into " + kept.name());
            }
        }
    }

    private List<Skill> agentSkills() {
        return library.list().stream().filter(s -> s.provenance() == Provenance.AGENT && s.directory() != null
                && s.directory().startsWith(library.userRoot())).toList();
    }
}
