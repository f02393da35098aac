package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.List;

import dev.hermod.api.skill.Skill;

/** Cuts a ranked list of skills where their summaries would exceed a token budget. */
final class TokenBudget {

    static final int CHARS_PER_TOKEN = 4;

    private TokenBudget() {
    }

    /** The summary the model sees for a skill in a match list. */
    static String summary(Skill skill) {
        return skill.name() + " — " + skill.description();
    }

    /** The estimated tokens of a skill's summary (about 4 characters per token, rounded up). */
    static int tokens(Skill skill) {
        return (summary(skill).length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }

    /** The longest prefix of {@code ranked} whose summaries fit in {@code budget} tokens. */
    static List<Skill> cut(List<Skill> ranked, int budget) {
        List<Skill> kept = new ArrayList<>();
        int used = 0;
        for (Skill skill : ranked) {
            used += tokens(skill);
            if (used > budget) {
                break;
            }
            kept.add(skill);
        }
        return List.copyOf(kept);
    }
}
