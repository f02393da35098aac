package dev.hermod.api.memory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a fact of a {@link UserProfile} is about. */
public enum ProfileAspect {
    /** What the person likes and wants: tools, formats, food, schedules ({@code editor = helix}). */
    PREFERENCE("preference", "preferences"),
    /** What the person knows and how well ({@code java = expert}, {@code kubernetes = beginner}). */
    EXPERTISE("expertise", "expertise"),
    /** How the person wants to be answered ({@code length = short}, {@code tone = informal}). */
    STYLE("style", "communication style");

    private final String id;
    private final String title;

    ProfileAspect(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The lower-case name tools and storage use: {@code preference}, {@code expertise}, {@code style}. */
    public String id() { return id; }

    /** The heading people read: {@code preferences}, {@code expertise}, {@code communication style}. */
    public String title() { return title; }

    /** The aspect named {@code id} (case-insensitive), if any. */
    public static Optional<ProfileAspect> of(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.id.equals(wanted)).findFirst();
    }
}
