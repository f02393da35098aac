package dev.hermod.memory.holographic.internal;

import java.util.List;

/**
 * One stored fact.
 *
 * @param supersededBy 0 while current; the newer version's id after an update; -1 after a removal
 * @param contradictedBy 0, or the id of the fact that contradicts this one
 * @param vector the stored phases (see {@link PhaseVector#toBytes})
 */
record Fact(long id, String scope, String text, List<String> entities, String source, double trust,
            int helpful, int unhelpful, long createdAt, long updatedAt, long lastRecalled,
            long supersededBy, long contradictedBy, byte[] vector) {

    static final long REMOVED = -1;

    boolean current() { return supersededBy == 0; }
}
