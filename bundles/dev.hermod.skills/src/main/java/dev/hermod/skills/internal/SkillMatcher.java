package dev.hermod.skills.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.hermod.api.embedding.EmbeddingModel;
import dev.hermod.api.skill.Skill;

/**
 * Ranks skills for a task. Kept behind this small interface so an embedding index can join or
 * replace the full-text one without touching the library.
 */
interface SkillMatcher {

    /** The skills relevant to {@code task}, best first; irrelevant skills are left out. */
    default List<Skill> rank(String task, Collection<Skill> skills) {
        return rank(task, skills, null, null);
    }

    /**
     * As {@link #rank(String, Collection)} for a session with these tools and toolsets:
     * skills whose tool or toolset context is missing there are left out. Null sets leave none out.
     */
    List<Skill> rank(String task, Collection<Skill> skills, Set<String> tools, Set<String> toolsets);

    /**
     * Tells the matcher the library changed, so an index can catch up before the next
     * {@link #rank}. Matchers without an index ignore it.
     */
    default void update(Collection<Skill> skills) {
    }

    /**
     * Starts using {@code model} for semantic similarity, once it has embedded the library in the
     * background. Matchers without an embedding side ignore it.
     */
    default void useEmbeddings(EmbeddingModel model) {
    }

    /** Stops using {@code model} if it is the one in use; matching is lexical again. */
    default void dropEmbeddings(EmbeddingModel model) {
    }

    /** How matching works now, one line for operators. */
    default String describe(Collection<Skill> skills) {
        return "full-text";
    }

    /** Releases what the matcher holds (an index, a connection). */
    default void close() {
    }
}
