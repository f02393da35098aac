package dev.hermod.skills.internal;

import java.util.regex.Pattern;

/** Short, safe excerpts of scanned lines for the operator: secrets redacted, invisible characters named. */
final class Excerpts {

    static final int WIDTH = 120;

    private static final Pattern ASSIGNED_SECRET = Pattern.compile(
            "(?i)((?:key|token|secret|passw(?:or)?d|pwd|auth(?:orization)?|bearer|credential)\\w{0,20}[\"']?\\s{0,3}[=:]?\\s{0,3}"
                    + "(?:bearer\\s+)?)[\"']?[^\\s\"'$]{6,}");
    private static final Pattern TOKEN_LIKE = Pattern.compile(
            "\\b(?:sk-[\\w-]{8,}|gh[pousr]_\\w{16,}|xox[abpr]-[\\w-]{10,}|AKIA[0-9A-Z]{16}|[A-Za-z0-9+/_-]{32,}={0,2})");

    private Excerpts() {
    }

    /** Up to {@link #WIDTH} characters of {@code line} around {@code at}, safe to log. */
    static String of(String line, int at) {
        int start = Math.max(0, Math.min(at - 30, line.length() - WIDTH));
        int end = Math.min(line.length(), start + WIDTH);
        String cut = (start > 0 ? "…" : "") + line.substring(start, end).strip() + (end < line.length() ? "…" : "");
        return named(redact(cut));
    }

    static String redact(String text) {
        String out = ASSIGNED_SECRET.matcher(text).replaceAll("$1[redacted]");
        return TOKEN_LIKE.matcher(out).replaceAll("[redacted]");
    }

    private static String named(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (InvisibleChars.isSuspect(cp) || Character.isISOControl(cp)) {
                out.append(String.format("<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
