package dev.hermod.core.internal;

import java.util.List;
import java.util.function.Supplier;

import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.SkillLibrary;

/**
 * What travels with each user message instead of the system prompt (which stays byte-stable):
 * memory recalled for this message and the skills that match it, or the whole skill the person ran
 * with {@code /<skill-name>}. After the turn, the memory providers see what was said.
 */
final class TurnContextAugmenter {
    private final Supplier<SkillLibrary> skills;
    private final Problems problems;
    private final int recallTokens;
    private final int skillTokens;

    TurnContextAugmenter(Supplier<SkillLibrary> skills, Problems problems, int recallTokens, int skillTokens) {
        this.skills = skills;
        this.problems = problems;
        this.recallTokens = recallTokens;
        this.skillTokens = skillTokens;
    }

    /** The user message as the model sees it, the skills it offers, and the skill run by name ("" for none). */
    record Augmented(String text, List<String> offeredSkills, String ranSkill) {}

    Augmented augment(AgentSession session, String userText, TurnListener listener) {
        var explicit = session.tools.containsKey("skill_view") ? ExplicitSkill.expand(userText, skills.get())
                : java.util.Optional.<ExplicitSkill.Expanded>empty();
        StringBuilder out = new StringBuilder(explicit.map(ExplicitSkill.Expanded::text).orElse(userText));
        String recalled = recall(session, userText, listener);
        if (!recalled.isEmpty()) out.append("\n\n<recalled-memory>\n").append(recalled).append("\n</recalled-memory>");
        if (explicit.isPresent()) return new Augmented(out.toString(), List.of(explicit.get().skill()), explicit.get().skill());
        List<Skill> matched = matchSkills(session, userText);
        if (!matched.isEmpty()) {
            out.append("\n\n<relevant-skills>\n");
            for (Skill s : matched) out.append("- ").append(s.name()).append(": ").append(s.description()).append('\n');
            out.append("</relevant-skills>");
        }
        return new Augmented(out.toString(), matched.stream().map(Skill::name).toList(), "");
    }

    private String recall(AgentSession session, String query, TurnListener listener) {
        StringBuilder out = new StringBuilder();
        int budgetChars = recallTokens * 4;
        for (MemoryProvider provider : session.memory) {
            int left = (budgetChars - out.length()) / 4;
            if (left <= 0) break;
            String text = call(provider, "prefetch", listener, () -> provider.prefetch(session.memoryContext, query, left));
            if (text != null && !text.isBlank()) {
                if (text.length() > left * 4) text = text.substring(0, left * 4);
                out.append(text.strip()).append('\n');
            }
        }
        return out.toString().strip();
    }

    private List<Skill> matchSkills(AgentSession session, String task) {
        SkillLibrary library = skills.get();
        if (library == null || !session.tools.containsKey("skill_view")) return List.of();
        try {
            List<Skill> found = library.match(task, skillTokens, session.tools.keySet(), session.toolsets);
            problems.clear("skills");
            return found;
        } catch (RuntimeException e) {
            problems.report("skills", "skill matching failed: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * The providers see what was said, then may start recalling for the next message in the
     * background: the person usually goes on about the same thing.
     */
    void afterTurn(AgentSession session, String userText, String answer, TurnListener listener) {
        for (MemoryProvider provider : session.memory) {
            call(provider, "sync", listener, () -> {
                provider.syncTurn(session.memoryContext, userText, answer);
                provider.queuePrefetch(session.memoryContext, userText);
                return null;
            });
        }
    }

    /**
     * Runs one provider hook; a failure is reported to status and to the person, never hidden. The
     * problem is kept per hook, so a later hook that works does not clear the failure of another.
     */
    private <T> T call(MemoryProvider provider, String hookName, TurnListener listener, Supplier<T> hook) {
        String key = "memory:" + provider.name() + ":" + hookName;
        try {
            T result = hook.get();
            problems.clear(key);
            return result;
        } catch (RuntimeException e) {
            String problem = "memory provider '" + provider.name() + "' failed in " + hookName + ": " + e.getMessage();
            problems.report(key, problem);
            if (listener != null) listener.onNotice(problem);
            return null;
        }
    }
}
