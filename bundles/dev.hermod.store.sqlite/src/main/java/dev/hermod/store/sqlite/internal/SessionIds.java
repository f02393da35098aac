package dev.hermod.store.sqlite.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Session ids like {@code 20261125-024512-ab12cd}: the UTC creation time to the second, so ids sort
 * by age, and six random hex digits so sessions created in the same second differ.
 */
final class SessionIds {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final SecureRandom random = new SecureRandom();

    String next(Instant createdAt) {
        byte[] suffix = new byte[3];
        random.nextBytes(suffix);
        return TIME.format(createdAt) + "-" + HexFormat.of().formatHex(suffix);
    }
}
