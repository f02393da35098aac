package dev.hermod.memory.builtin.internal;

/** What an archive row records; stored by name in {@code memory_archive.action}. */
enum ArchiveAction {
    ADD("archived"),
    REPLACE("archived"),
    REMOVE("removed"),
    /** The whole-file change: before, after and their diff. */
    CONSOLIDATE("consolidated"),
    /** One entry a consolidation left out; a child row of its CONSOLIDATE row. */
    DROPPED("removed in consolidation"),
    REFUSED_ADD("refused: file was full"),
    REFUSED_REPLACE("refused: file was full"),
    REFUSED_CONSOLIDATE("refused: over the limit");

    private final String recallLabel;

    ArchiveAction(String recallLabel) {
        this.recallLabel = recallLabel;
    }

    /** How recall describes an entry this row is about when the entry is no longer pinned. */
    String recallLabel() { return recallLabel; }

    /** True for rows that say why an entry left the pinned file. */
    boolean endsEntry() {
        return this == REMOVE || this == DROPPED;
    }

    static ArchiveAction refusalOf(MemoryEdit edit) {
        return switch (edit) {
            case MemoryEdit.Consolidate c -> REFUSED_CONSOLIDATE;
            case MemoryEdit.Replace r -> REFUSED_REPLACE;
            default -> REFUSED_ADD;
        };
    }

    static ArchiveAction of(MemoryEdit edit) {
        return switch (edit) {
            case MemoryEdit.Add a -> ADD;
            case MemoryEdit.Replace r -> REPLACE;
            case MemoryEdit.Remove r -> REMOVE;
            case MemoryEdit.Consolidate c -> CONSOLIDATE;
        };
    }
}
