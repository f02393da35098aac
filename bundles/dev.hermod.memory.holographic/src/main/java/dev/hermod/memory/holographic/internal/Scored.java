package dev.hermod.memory.holographic.internal;

/**
 * A fact with its recall score and the parts it was made of (each 0..1).
 *
 * @param score the combined score
 */
record Scored(Fact fact, double score, double fts, double jaccard, double hrr) {}
