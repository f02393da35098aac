package dev.hermod.memory.holographic.internal;

import java.util.Optional;

import dev.hermod.api.memory.ProfileAspect;

/**
 * The optional {@code aspect} and {@code key} of a {@code fact_store} call: the model's statement
 * that the fact belongs in the person's profile under that key.
 */
record ProfileTag(ProfileAspect aspect, String key) {

    /** The tag, if the call gives one; both or neither must be given. */
    static Optional<ProfileTag> of(FactArguments args) {
        String aspect = args.text("aspect");
        String key = args.text("key");
        if (aspect.isEmpty() && key.isEmpty()) return Optional.empty();
        if (aspect.isEmpty() || key.isEmpty()) {
            throw new IllegalArgumentException("aspect and key go together: give both (e.g. \"aspect\": \"preference\","
                    + " \"key\": \"editor\") to put the fact into the person's profile, or neither.");
        }
        return Optional.of(new ProfileTag(ProfileAspect.of(aspect).orElseThrow(() -> new IllegalArgumentException(
                "Unknown aspect '" + aspect + "': use preference, expertise or style.")), key));
    }
}
