package dev.hermod.skills.internal;

/**
 * Characters that hide text from a human reader but not from a model: zero-width characters,
 * bidirectional overrides and Unicode tag characters.
 */
final class InvisibleChars {

    private static final int ZWJ = 0x200D;
    private static final int BOM = 0xFEFF;

    private InvisibleChars() {
    }

    static boolean isSuspect(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == BOM
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }

    /**
     * The index of the first suspect character of {@code line}, or -1. A byte order mark that opens
     * the file and a zero-width joiner between two symbols (emoji sequences) are allowed.
     */
    static int find(String line, boolean fileStart) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isSuspect(cp) && !(cp == BOM && fileStart && i == 0) && !(cp == ZWJ && joinsSymbols(line, i, next))) {
                return i;
            }
            i = next;
        }
        return -1;
    }

    private static boolean joinsSymbols(String line, int at, int after) {
        return at > 0 && after < line.length() && isSymbol(line.codePointBefore(at)) && isSymbol(line.codePointAt(after));
    }

    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK || cp == 0xFE0F;
    }
}
