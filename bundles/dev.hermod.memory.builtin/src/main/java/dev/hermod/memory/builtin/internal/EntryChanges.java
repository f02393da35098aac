package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;

import dev.hermod.api.memory.MemoryWrite;

/**
 * A changed file as entry-level writes, for the providers that mirror the built-in memory: a
 * consolidation becomes one REMOVE per entry it dropped and one ADD per entry it introduced.
 */
final class EntryChanges {

    private EntryChanges() {}

    /** The writes of a CHANGED {@code outcome} of {@code edit} applied to {@code before}. */
    static List<MemoryWrite> of(MemoryTarget target, MemoryEdit edit, List<String> before, EditOutcome outcome) {
        String file = target.id();
        return switch (edit) {
            case MemoryEdit.Add add -> List.of(new MemoryWrite(MemoryWrite.Action.ADD, file, add.content(), ""));
            case MemoryEdit.Replace replace -> List.of(new MemoryWrite(MemoryWrite.Action.REPLACE, file,
                    replace.content(), outcome.affected()));
            case MemoryEdit.Remove remove -> List.of(new MemoryWrite(MemoryWrite.Action.REMOVE, file, "",
                    outcome.affected()));
            case MemoryEdit.Consolidate consolidate -> {
                List<MemoryWrite> writes = new ArrayList<>();
                for (String entry : dropped(before, outcome.entries())) {
                    writes.add(new MemoryWrite(MemoryWrite.Action.REMOVE, file, "", entry));
                }
                for (String entry : dropped(outcome.entries(), before)) {
                    writes.add(new MemoryWrite(MemoryWrite.Action.ADD, file, entry, ""));
                }
                yield writes;
            }
        };
    }

    /** The entries of {@code from} that {@code to} does not hold, once each, in order. */
    static List<String> dropped(List<String> from, List<String> to) {
        return from.stream().filter(entry -> !to.contains(entry)).distinct().toList();
    }
}
