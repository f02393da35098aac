package dev.hermod.skills.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hermod.api.agent.AuxiliaryModel;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.Skill.Provenance;

/**
 * Adds a reviewed skill to the library, unless it duplicates one: a near-duplicate of an agent skill
 * is merged into it (the model writes the union, recorded as a new version of the existing skill,
 * naming where it came from); a near-duplicate of a bundled or user skill is not added at all.
 */
final class SkillCreation {

    private final FolderSkillLibrary library;
    private final AuxiliaryModel model;
    private final double threshold;

    SkillCreation(FolderSkillLibrary library, AuxiliaryModel model, double threshold) {
        this.library = library;
        this.model = model;
        this.threshold = threshold;
    }

    /** Creates the skill, or merges it into the near-duplicate it would be. */
    SkillWriter.Outcome create(String name, String skillMd, String origin, String session) {
        Skill draft = draft(name, skillMd);
        List<Skill> others = library.list();
        Optional<Skill> twin = library.get(name).or(() -> NearDuplicates.closest(draft, others, threshold));
        if (twin.isPresent()) {
            Skill existing = twin.get();
            if (existing.provenance() != Provenance.AGENT) {
                library.state().event(existing.name(), "duplicate-skipped", "a new skill '" + name + "' " + origin
                        + " duplicates this " + existing.provenance().name().toLowerCase(java.util.Locale.ROOT) + " skill", session);
                return new SkillWriter.Outcome(false, "'" + name + "' duplicates '" + existing.name() + "'; not added");
            }
            return merge(existing, skillMd, "merged the new skill '" + name + "' " + origin, session);
        }
        return library.writer().create(name, skillMd, SkillWriter.Author.loop("review", session), origin);
    }

    /** The review said an existing skill covers the task: its improved SKILL.md becomes the next version. */
    SkillWriter.Outcome mergeInto(String name, String skillMd, String origin, String session) {
        Skill existing = library.get(name).orElseThrow(() -> new IllegalArgumentException("the review named no existing skill '" + name + "'"));
        if (existing.provenance() != Provenance.AGENT) {
            library.state().event(name, "covered", "a task " + origin + " is covered by this skill", session);
            return new SkillWriter.Outcome(true, "covered by '" + name + "'");
        }
        return library.writer().edit(name, skillMd, SkillWriter.Author.loop("review", session), "improved " + origin);
    }

    /** Asks the model for the union of two skills, kept under the existing one's name. */
    SkillWriter.Outcome merge(Skill kept, String otherMd, String reason, String session) {
        String keptMd = read(kept);
        Optional<JsonNode> reply;
        try {
            reply = ModelJson.ask(model, Prompts.MERGE_SYSTEM, Prompts.merge(keptMd, otherMd, kept.name()), "skill-merge");
        } catch (RuntimeException e) {
            throw new IllegalStateException("the merge could not ask the model: " + e.getMessage(), e);
        }
        String merged = reply.map(r -> ModelJson.text(r, "skill_md")).filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("the model gave no merged SKILL.md"));
        return library.writer().edit(kept.name(), merged, SkillWriter.Author.loop("curation", session), reason);
    }

    private Skill draft(String name, String skillMd) {
        try {
            return SkillParser.parse(skillMd, null, "", Origin.USER_DIR, List.of());
        } catch (InvalidSkillException e) {
            throw new IllegalArgumentException("the reviewed skill '" + name + "' is not valid: " + e.getMessage());
        }
    }

    static String read(Skill skill) {
        try {
            return Files.readString(skill.directory().resolve(SkillFolderScanner.SKILL_FILE), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read skill '" + skill.name() + "': " + e.getMessage(), e);
        }
    }
}
