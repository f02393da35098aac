package dev.hermod.skills.internal;

/** Where a candidate skill was found; declaration order is precedence order (first wins a name). */
enum Origin {
    USER_DIR, BUNDLED_DIR, EXTERNAL_DIR, SOURCE_SERVICE
}
