package dev.hermod.shell.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import dev.hermod.api.memory.ArchivedChange;
import dev.hermod.api.memory.MemorySearchHit;
import dev.hermod.api.memory.ProfileChange;
import dev.hermod.api.memory.ProfileFact;
import dev.hermod.api.memory.UserProfile;

/** How {@code hermod:memory search}, {@code history} and {@code profile} print. */
final class MemoryText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private MemoryText() {}

    static String hits(MemoryUser user, String query, List<MemorySearchHit> hits) {
        if (hits.isEmpty()) return "nothing found for '" + query + "' in the memory of " + user + "\n";
        TextTable table = new TextTable("#", "WHERE", "WHEN", "WHAT", "TEXT");
        for (int i = 0; i < hits.size(); i++) {
            MemorySearchHit h = hits.get(i);
            table.row(i + 1, h.source() == MemorySearchHit.Source.ARCHIVE ? "archive " + h.reference() : "session",
                    time(h.at()), h.source() == MemorySearchHit.Source.ARCHIVE ? h.label() : h.reference(), h.text());
        }
        return table + "(" + hits.size() + " for " + user + "; `hermod:memory history #<id>` shows an entry's changes)\n";
    }

    static String history(MemoryUser user, String entry, List<ArchivedChange> changes) {
        if (changes.isEmpty()) return "no archived entry matches '" + entry + "' in the memory of " + user + "\n";
        StringBuilder out = new StringBuilder();
        for (ArchivedChange c : changes) {
            out.append(String.format("#%d  %s  %-19s %s  session %s%n", c.id(), time(c.at()), c.action(),
                    c.target().equals("memory") ? "MEMORY.md" : "USER.md", c.sessionId()));
            if (!c.reason().isEmpty()) out.append("    reason: ").append(c.reason()).append('\n');
            c.diff().lines().forEach(line -> out.append("    ").append(line).append('\n'));
        }
        return out.toString();
    }

    static String profile(MemoryUser user, UserProfile profile, List<ProfileChange> changes) {
        if (profile.isEmpty() && changes.isEmpty()) return "no profile for " + user + " yet\n";
        StringBuilder out = new StringBuilder("profile of " + user + "\n");
        TextTable table = new TextTable("ASPECT", "KEY", "VALUE", "SOURCE", "UPDATED");
        for (ProfileFact f : profile.facts()) table.row(f.aspect().id(), f.key(), f.value(), f.source(), time(f.updatedAt()));
        out.append(table.isEmpty() ? "(no fact is set now)\n" : table.toString());
        out.append(changes.size()).append(" changes logged");
        if (!changes.isEmpty()) {
            ProfileChange last = changes.get(changes.size() - 1);
            out.append("; latest ").append(time(last.at())).append(": ").append(last.action().name().toLowerCase())
                    .append(' ').append(last.aspect().id()).append(' ').append(last.key()).append(" by ")
                    .append(last.source());
        }
        return out.append('\n').toString();
    }

    private static String time(TemporalAccessor at) {
        return TIME.format(at);
    }
}
