package dev.hermod.skills.internal;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hermod.api.agent.AuxiliaryModel;
import dev.hermod.api.agent.TurnObserver;
import dev.hermod.api.agent.TurnRecord;
import dev.hermod.api.agent.TurnResult.Outcome;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.Skill.Provenance;

/**
 * The skill loop, run after each reply is delivered: a successful task that recurs or took many
 * tool calls is reviewed by the model into a skill (or merged into the skill it duplicates); a skill
 * a turn used is judged from the turn's real signals and its confidence moves; a skill that fails
 * is revised by reflection, its old version kept. Work is serialised: one review at a time.
 */
@Component(service = {TurnObserver.class, SkillLoop.class}, configurationPid = "hermod.skills.loop", immediate = true)
@Designate(ocd = SkillLoopConfig.class)
public final class SkillLoop implements TurnObserver {

    private static final System.Logger LOG = System.getLogger(SkillLoop.class.getName());
    private static final Pattern CORRECTION = Pattern.compile("(?i)^\\W*(no\\b|nope|wrong|that'?s (wrong|not)|that is (wrong|not)"
            + "|(it|that) (didn'?t|did not|doesn'?t|does not) work|still (fail|broken|not)|that failed|incorrect|not what i)");
    private static final int REMEMBERED_SESSIONS = 1000;

    private final FolderSkillLibrary library;
    private volatile SkillLoopConfig config;
    private final Map<String, TurnRecord> lastTurns = new LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, TurnRecord> eldest) { return size() > REMEMBERED_SESSIONS; }
    };

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile AuxiliaryModel model;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile SessionStore sessions;

    @Activate
    public SkillLoop(@Reference FolderSkillLibrary library, SkillLoopConfig config) {
        this.library = library;
        this.config = config;
    }

    @Modified
    void modified(SkillLoopConfig config) {
        this.config = config;
    }

    @Deactivate
    void deactivate() {
        // nothing held open: every step opens and closes its own connection
    }

    SkillLoopConfig config() {
        return config;
    }

    Confidence confidence() {
        return new Confidence(Duration.ofDays(Math.max(1, config.confidence__half__life__days())));
    }

    @Override
    public synchronized void turnEnded(TurnRecord turn) {
        if (!config.enabled() || turn.result().outcome() == Outcome.CANCELLED || turn.result().outcome() == Outcome.DUPLICATE) return;
        try {
            TurnRecord previous = lastTurns.put(turn.sessionId(), turn);
            if (previous != null && CORRECTION.matcher(turn.userText()).find()) {
                for (String name : Trajectory.usedSkills(previous)) {
                    judged(name, false, false, "the person corrected the answer: " + Trajectory.trim(turn.userText(), 200), previous);
                }
            }
            Set<String> used = Trajectory.usedSkills(turn);
            for (String name : used) judge(name, turn);
            if (used.isEmpty() && worthASkill(turn)) review(turn);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the skill loop failed on a turn of session " + turn.sessionId() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void feedback(String sessionId, boolean positive, String comment) {
        TurnRecord turn = lastTurns.get(sessionId);
        if (turn == null) return;
        String why = positive ? "the person said /good" : "the person said /bad" + (comment.isBlank() ? "" : ": " + comment);
        for (String name : Trajectory.usedSkills(turn)) judged(name, positive, true, why, turn);
    }

    /** Judges one used skill from the turn's signals, and asks the model when the self-check is on. */
    private void judge(String name, TurnRecord turn) {
        Optional<Skill> skill = library.get(name);
        if (skill.isEmpty()) return;
        Outcome outcome = turn.result().outcome();
        if (outcome == Outcome.FAILED || outcome == Outcome.BUDGET_EXHAUSTED) {
            judged(name, false, false, "the turn " + (outcome == Outcome.FAILED ? "failed" : "ran out of its budget"), turn);
            return;
        }
        AuxiliaryModel m = model;
        if (config.self__check() && m != null) {
            Optional<JsonNode> verdict = ask(m, Prompts.CHECK_SYSTEM, Prompts.check(skill.get(), turn), "skill-self-check");
            if (verdict.isPresent() && verdict.get().has("worked")) {
                boolean worked = verdict.get().get("worked").asBoolean();
                judged(name, worked, false, "self-check: " + ModelJson.text(verdict.get(), "reason"), turn);
                return;
            }
        }
        int errors = turn.failedToolCalls().size();
        judged(name, errors < 2, false, errors < 2 ? "completed" : errors + " tool calls failed", turn);
    }

    /** Records a judged use, moves confidence, and revises the skill when it failed or sank too low. */
    void judged(String name, boolean success, boolean explicit, String why, TurnRecord turn) {
        Skill skill = library.get(name).orElse(null);
        if (skill == null) return;
        SkillState state = library.state();
        state.ensure(name, Confidence.initial(skill.provenance()));
        double before = state.usage(name).map(SkillState.Usage::confidence).orElse(Confidence.initial(skill.provenance()));
        double after = Confidence.after(before, success, explicit);
        if (explicit) state.setConfidence(name, after);
        else state.recordUse(name, success, after);
        state.event(name, success ? "success" : "failure", String.format("%s (confidence %.2f -> %.2f)", why, before, after),
                turn == null ? "" : turn.sessionId());
        if (!success || after < config.revise__below()) revise(skill, turn, why);
    }

    /** Reflection: the model sees the skill, the failed turn and why, and writes the next version. */
    void revise(Skill skill, TurnRecord turn, String failure) {
        AuxiliaryModel m = model;
        if (m == null || skill.provenance() != Provenance.AGENT || skill.directory() == null) {
            library.state().event(skill.name(), "revision-needed", failure
                    + (m == null ? " (no model for reflection)" : " (not an agent skill: revise it by hand)"), turn == null ? "" : turn.sessionId());
            return;
        }
        try {
            String current = Files.readString(skill.directory().resolve(SkillFolderScanner.SKILL_FILE), StandardCharsets.UTF_8);
            Optional<JsonNode> reply = ask(m, Prompts.REFLECT_SYSTEM, Prompts.reflect(current, turn, failure), "skill-reflection");
            if (reply.isEmpty() || !"revise".equals(ModelJson.text(reply.get(), "action"))) {
                library.state().event(skill.name(), "kept", reply.map(r -> ModelJson.text(r, "reason")).orElse("no usable reflection"),
                        turn == null ? "" : turn.sessionId());
                return;
            }
            String reason = "reflection after: " + failure + "; " + ModelJson.text(reply.get(), "reason");
            SkillWriter.Outcome out = library.writer().edit(skill.name(), ModelJson.text(reply.get(), "skill_md"),
                    SkillWriter.Author.loop("reflection", turn == null ? "" : turn.sessionId()), reason);
            if (out.ok()) library.state().setConfidence(skill.name(), Confidence.initial(Provenance.AGENT));
        } catch (java.io.IOException | RuntimeException e) {
            library.state().event(skill.name(), "revision-failed", e.getMessage(), turn == null ? "" : turn.sessionId());
        }
    }

    /** A completed task that took many tool calls, or fewer but recurs across sessions. */
    boolean worthASkill(TurnRecord turn) {
        if (turn.result().outcome() != Outcome.COMPLETED || model == null) return false;
        int calls = Trajectory.workCalls(turn);
        if (calls >= config.create__min__tool__calls()) return true;
        return calls >= config.min__tool__calls__if__recurring()
                && SimilarTasks.count(sessions, turn) >= config.create__min__similar__tasks();
    }

    /** The review turn: off the person's conversation, the model codifies the task or merges it. */
    void review(TurnRecord turn) {
        AuxiliaryModel m = model;
        List<Skill> related = library.match(turn.userText(), 600);
        Optional<JsonNode> reply = ask(m, Prompts.REVIEW_SYSTEM, Prompts.review(turn, related), "skill-review");
        if (reply.isEmpty()) return;
        String action = ModelJson.text(reply.get(), "action");
        String name = ModelJson.text(reply.get(), "name").strip();
        String skillMd = ModelJson.text(reply.get(), "skill_md");
        String origin = "from the task of session " + turn.sessionId() + ": " + Trajectory.trim(turn.userText(), 120);
        try {
            switch (action) {
                case "create" -> new SkillCreation(library, m, config.near__duplicate()).create(name, skillMd, origin, turn.sessionId());
                case "merge" -> new SkillCreation(library, m, config.near__duplicate()).mergeInto(name, skillMd, origin, turn.sessionId());
                default -> LOG.log(Level.DEBUG, () -> "skill review skipped session " + turn.sessionId() + ": "
                        + ModelJson.text(reply.get(), "reason"));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            library.state().event(name.isEmpty() ? "(unnamed)" : name, "review-refused", e.getMessage(), turn.sessionId());
        }
    }

    private static Optional<JsonNode> ask(AuxiliaryModel m, String system, String user, String purpose) {
        try {
            return ModelJson.ask(m, system, user, purpose);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, purpose + " could not ask the model: " + e.getMessage());
            return Optional.empty();
        }
    }
}
