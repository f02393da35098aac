package dev.hermod.skills.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.hermod.api.skill.Skill;

/**
 * Scores skills by word overlap with the task: a task word found in the skill's name or triggers
 * counts most, in its tags less, in its category or description least; a whole trigger phrase found
 * in the task adds a bonus.
 */
final class LexicalSkillMatcher implements SkillMatcher {

    static final double NAME = 3;
    static final double TRIGGER = 3;
    static final double TAG = 2;
    static final double CATEGORY = 1.5;
    static final double DESCRIPTION = 1;
    static final double PHRASE_BONUS = 2;

    private record Scored(Skill skill, double score) {
    }

    private record Field(Set<String> terms, double weight) {
    }

    @Override
    public List<Skill> rank(String task, Collection<Skill> skills) {
        Set<String> taskTerms = Terms.of(task);
        String taskText = " " + words(task) + " ";
        return skills.stream().map(s -> new Scored(s, score(taskTerms, taskText, s))).filter(s -> s.score() > 0)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(s -> s.skill().name()))
                .map(Scored::skill).toList();
    }

    private static double score(Set<String> taskTerms, String taskText, Skill skill) {
        List<Field> fields = List.of(
                new Field(Terms.of(skill.name()), NAME),
                new Field(Terms.of(String.join(" ", skill.triggers())), TRIGGER),
                new Field(Terms.of(String.join(" ", SkillParser.tags(skill))), TAG),
                new Field(Terms.of(skill.category()), CATEGORY),
                new Field(Terms.of(skill.description()), DESCRIPTION));
        double score = 0;
        for (String term : taskTerms) {
            score += fields.stream().filter(f -> f.terms().contains(term)).mapToDouble(Field::weight).max().orElse(0);
        }
        for (String trigger : skill.triggers()) {
            String phrase = words(trigger);
            if (phrase.contains(" ") && taskText.contains(" " + phrase + " ")) {
                score += PHRASE_BONUS;
            }
        }
        return score;
    }

    /** The text in lower case with every run of non-word characters turned into one space. */
    private static String words(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
