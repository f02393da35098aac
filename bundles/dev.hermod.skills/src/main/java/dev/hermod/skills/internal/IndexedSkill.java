package dev.hermod.skills.internal;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import dev.hermod.api.skill.Skill;

/**
 * A skill as the matcher holds it: its row in the full-text index, its parsed triggers, and the
 * stemmed terms of its name and triggers (strong evidence) and of its description, tags and category
 * (weak evidence).
 */
record IndexedSkill(Skill skill, long rowid, List<TriggerRule> rules, Set<String> strong, Set<String> weak) {

    static IndexedSkill of(Skill skill, long rowid, BiConsumer<String, String> problems) {
        List<TriggerRule> rules = TriggerRule.parse(skill.triggers(), problems);
        String words = wordTriggers(rules);
        Set<String> strong = Terms.of(skill.name() + " " + words);
        Set<String> weak = Terms.of(skill.description() + " " + String.join(" ", SkillParser.tags(skill)) + " "
                + skill.category());
        return new IndexedSkill(skill, rowid, rules, strong, weak);
    }

    /** The keyword and phrase triggers, for the index's {@code triggers} column. */
    static String wordTriggers(List<TriggerRule> rules) {
        return rules.stream().filter(TriggerRule::isWords).map(TriggerRule::text).collect(Collectors.joining(" ; "));
    }

    /** The strongest trigger that fires for the task: a phrase or regex over a keyword; null if none fires. */
    TriggerRule.Kind fired(TaskQuery task) {
        TriggerRule.Kind fired = null;
        for (TriggerRule rule : rules) {
            if (rule.matches(task)) {
                if (rule.kind() != TriggerRule.Kind.KEYWORD) {
                    return rule.kind();
                }
                fired = rule.kind();
            }
        }
        return fired;
    }

    boolean hasContext() {
        return rules.stream().anyMatch(r -> r.kind() == TriggerRule.Kind.CONTEXT);
    }

    boolean hasRegex() {
        return rules.stream().anyMatch(r -> r.kind() == TriggerRule.Kind.REGEX);
    }

    /** Points for the task's terms found in the name or triggers (2 each) or description, tags, category (1 each). */
    int evidence(TaskQuery task) {
        int points = 0;
        for (String term : task.terms()) {
            points += strong.contains(term) ? 2 : weak.contains(term) ? 1 : 0;
        }
        return points;
    }
}
