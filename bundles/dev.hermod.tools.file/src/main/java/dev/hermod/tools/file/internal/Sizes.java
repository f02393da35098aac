package dev.hermod.tools.file.internal;

import java.util.Locale;

/** Byte counts for people. */
final class Sizes {

    private Sizes() {
    }

    /** {@code 512 bytes}, {@code 1.5 KiB (1536 bytes)}, {@code 10.0 MiB (10485760 bytes)}. */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%d bytes)", value, units[unit], bytes);
    }
}
