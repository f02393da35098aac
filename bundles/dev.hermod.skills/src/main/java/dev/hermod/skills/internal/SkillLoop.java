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
import java.util.concurrent.locks.ReentrantLock;
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
 * is revised by reflection, its old version kept. Work is serialised: one review at a time (a lock,
 * not a monitor: the model calls made under it must not pin a virtual thread's carrier).
 *
 * <p>A use is judged once, when its turn ends; a later verdict on the same turn (the person's
 * {@code /good} or {@code /bad}, or a correction in their next message) re-judges that use instead of
 * counting another one.
 */
@Component(service = {TurnObserver.class, SkillLoop.class}, configurationPid = "hermod.skills.loop", immediate = true)
@Designate(ocd = SkillLoopConfig.class)
public final class SkillLoop implements TurnObserver {

    private static final System.Logger LOG = System.getLogger(SkillLoop.class.getName());
    private static final Pattern CORRECTION = Pattern.compile("(?i)^\\W*(no\\b|nope|wrong|that'?s (wrong|not)|that is (wrong|not)"
            + "|(it|that) (didn'?t|did not|doesn'?t|does not) work|still (fail|broken|not)|that failed|incorrect|not what i)");
    private static final int REMEMBERED_SESSIONS = 1000;
    /** This many failed tool calls make a use a failure, whatever the self-check says. */
    static final int FAILING_TOOL_ERRORS = 2;

    /**
     * A session's last turn, the verdict given to each skill it used, and the skills the person has
     * already judged explicitly or by a correction: each of those counts once per skill and turn.
     */
    private record Judged(TurnRecord turn, Map<String, Boolean> verdicts, Set<String> explicit, Set<String> corrected) {
    }

    private final FolderSkillLibrary library;
    private volatile SkillLoopConfig config;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean closed;
    private final Map<String, Judged> lastTurns = new LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Judged> eldest) { return size() > REMEMBERED_SESSIONS; }
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

    /** How long stopping waits for a review or judgement under way. */
    static final long STOP_WAIT_SECONDS = 5;

    @Deactivate
    void deactivate() {
        // Nothing is held open (every step opens and closes its own connection). Calls that come after
        // this are ignored; the one under way may finish, for a while, so its writes are not cut off.
        closed = true;
        try {
            if (lock.tryLock(STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                lock.unlock();
            } else {
                LOG.log(Level.WARNING, "stopping while a skill review is still running after " + STOP_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    SkillLoopConfig config() {
        return config;
    }

    Confidence confidence() {
        return new Confidence(Duration.ofDays(Math.max(1, config.confidence__half__life__days())));
    }

    @Override
    public void turnEnded(TurnRecord turn) {
        if (!config.enabled() || turn.result().outcome() == Outcome.CANCELLED || turn.result().outcome() == Outcome.DUPLICATE) return;
        lock.lock();
        try {
            if (closed) return;
            Judged previous = lastTurns.get(turn.sessionId());
            String said = Trajectory.SENDER.matcher(turn.userText()).replaceFirst("");
            if (previous != null && CORRECTION.matcher(said).find()) {
                rejudge(previous, false, false, "the person corrected the answer: " + Trajectory.trim(said, 200));
            }
            Set<String> used = Trajectory.usedSkills(turn);
            used.removeIf(name -> library.get(name).isEmpty()); // "/start" or a typo is no skill, and no reason to skip a review
            Map<String, Boolean> verdicts = new LinkedHashMap<>();
            for (String name : used) judge(name, turn).ifPresent(v -> verdicts.put(name, v));
            lastTurns.put(turn.sessionId(), new Judged(turn, verdicts, new java.util.HashSet<>(), new java.util.HashSet<>()));
            if (used.isEmpty() && worthASkill(turn)) review(turn);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the skill loop failed on a turn of session " + turn.sessionId() + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void feedback(String sessionId, boolean positive, String comment) {
        lock.lock();
        try {
            Judged last = lastTurns.get(sessionId);
            if (closed || last == null) return;
            rejudge(last, positive, true, positive ? "the person said /good"
                    : "the person said /bad" + (comment.isBlank() ? "" : ": " + comment));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the skill loop failed on feedback in session " + sessionId + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Judges one used skill from the turn's signals: a failed or exhausted turn, or
     * {@link #FAILING_TOOL_ERRORS} failed tool calls, is a failure; otherwise the model's self-check
     * decides when it is on and answers, and a completed turn is a success when it is not. Empty when
     * the skill is gone.
     */
    private Optional<Boolean> judge(String name, TurnRecord turn) {
        Optional<Skill> skill = library.get(name);
        if (skill.isEmpty()) return Optional.empty();
        Outcome outcome = turn.result().outcome();
        int errors = turn.failedToolCalls().size();
        if (outcome == Outcome.FAILED || outcome == Outcome.BUDGET_EXHAUSTED || errors >= FAILING_TOOL_ERRORS) {
            String why = outcome == Outcome.FAILED ? "the turn failed" : outcome == Outcome.BUDGET_EXHAUSTED
                    ? "the turn ran out of its budget" : errors + " tool calls failed";
            return Optional.of(judged(name, false, why, turn));
        }
        AuxiliaryModel m = model;
        if (config.self__check() && m != null) {
            Optional<JsonNode> verdict = ask(m, Prompts.CHECK_SYSTEM, Prompts.check(skill.get(), turn), "skill-self-check");
            if (verdict.isPresent() && verdict.get().has("worked")) {
                boolean worked = verdict.get().get("worked").asBoolean();
                return Optional.of(judged(name, worked, "self-check: " + ModelJson.text(verdict.get(), "reason")
                        + (errors > 0 ? " (" + errors + " tool call failed)" : ""), turn));
            }
        }
        return Optional.of(judged(name, true, errors == 0 ? "completed" : "completed after 1 failed tool call", turn));
    }

    /**
     * Records a new judged use: counts it, moves the confidence (decayed to now first, so disuse
     * shows in every judgement), and revises the skill when it failed or sank too low. Returns the verdict.
     */
    boolean judged(String name, boolean success, String why, TurnRecord turn) {
        Skill skill = library.get(name).orElse(null);
        if (skill == null) return success;
        SkillState state = library.state();
        double before = current(state, skill);
        double after = Confidence.after(before, success, false);
        state.recordUse(name, success, after);
        moved(skill, success, why, before, after, turn);
        return success;
    }

    /**
     * A later verdict on the uses of {@code last}: each skill's use is re-judged (its success or
     * failure count moves if the verdict changed, never its use count) and its confidence moves,
     * twice as far for the person's explicit word. The first {@code /good} or {@code /bad} on a turn
     * counts, and the first correction; later ones, and a correction that repeats the verdict a use
     * already has, change nothing (so a group cannot vote a skill down, or into revision after
     * revision).
     */
    private void rejudge(Judged last, boolean success, boolean explicit, String why) {
        SkillState state = library.state();
        last.verdicts().replaceAll((name, earlier) -> {
            Skill skill = library.get(name).orElse(null);
            // each signal counts once; a correction that repeats the verdict already there adds nothing
            boolean repeated = explicit ? !last.explicit().add(name)
                    : Boolean.valueOf(success).equals(earlier) || !last.corrected().add(name);
            if (skill == null || repeated) return earlier;
            double before = current(state, skill);
            double after = Confidence.after(before, success, explicit);
            state.rejudge(name, earlier, success, after);
            moved(skill, success, why, before, after, last.turn());
            return success;
        });
    }

    /** The skill's confidence now: as stored, decayed by the time since its last use. */
    private double current(SkillState state, Skill skill) {
        state.ensure(skill.name(), Confidence.initial(skill.provenance()));
        return state.usage(skill.name()).map(u -> confidence().decayed(u.confidence(), u.lastUsed(), u.firstSeen(),
                java.time.Instant.now())).orElse(Confidence.initial(skill.provenance()));
    }

    private void moved(Skill skill, boolean success, String why, double before, double after, TurnRecord turn) {
        library.state().event(skill.name(), success ? "success" : "failure",
                String.format("%s (confidence %.2f -> %.2f)", why, before, after), turn == null ? "" : turn.sessionId());
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

    /**
     * A completed task that took many tool calls; or fewer, but found its way through trial and error
     * (failed calls before success: the pitfalls are worth writing down) or recurs across sessions.
     */
    boolean worthASkill(TurnRecord turn) {
        if (turn.result().outcome() != Outcome.COMPLETED || model == null) return false;
        int calls = Trajectory.workCalls(turn);
        if (calls >= config.create__min__tool__calls()) return true;
        if (calls < config.min__tool__calls__if__recurring()) return false;
        int recovered = config.create__min__recovered__errors();
        return recovered > 0 && turn.failedToolCalls().size() >= recovered
                || SimilarTasks.count(sessions, turn) >= config.create__min__similar__tasks();
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
