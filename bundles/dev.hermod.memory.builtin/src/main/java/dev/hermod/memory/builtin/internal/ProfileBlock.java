package dev.hermod.memory.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.hermod.api.memory.ProfileAspect;
import dev.hermod.api.memory.ProfileFact;

/**
 * The user profile as a compact section of the system prompt: one line per aspect,
 * {@code key: value} pairs joined by {@code ; }, within a character limit. Facts are in aspect
 * then key order, so the same profile always renders to the same bytes.
 */
final class ProfileBlock {

    static final String TITLE = "USER PROFILE (keyed facts; frame answers by them)";

    private ProfileBlock() {}

    /** The section, or empty when there is no fact; facts that do not fit are counted in a last line. */
    static String render(List<ProfileFact> facts, int charLimit) {
        if (facts.isEmpty()) return "";
        List<String> lines = new ArrayList<>();
        int used = TITLE.length();
        int left = 0;
        for (ProfileAspect aspect : ProfileAspect.values()) {
            StringBuilder line = new StringBuilder();
            for (ProfileFact fact : facts) {
                if (fact.aspect() != aspect) continue;
                String pair = fact.key().replace('_', ' ') + ": " + fact.value();
                String head = line.isEmpty() ? aspect.title() + ": " : "; ";
                if (used + 1 + line.length() + head.length() + pair.length() > charLimit) {
                    left++;
                    continue;
                }
                line.append(head).append(pair);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                used += 1 + line.length();
            }
        }
        if (left > 0) lines.add(String.format(Locale.ROOT, "(%d more not shown; user_profile list shows all)", left));
        return TITLE + "\n" + String.join("\n", lines);
    }
}
