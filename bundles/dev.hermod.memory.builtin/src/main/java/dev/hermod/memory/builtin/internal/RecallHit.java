package dev.hermod.memory.builtin.internal;

/**
 * One line of recall.
 *
 * @param rank the bm25 rank (lower is better)
 * @param line the compact line shown to the model
 */
record RecallHit(double rank, String line) {}
