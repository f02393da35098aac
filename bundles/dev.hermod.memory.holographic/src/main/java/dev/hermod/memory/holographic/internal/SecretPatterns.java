package dev.hermod.memory.holographic.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises text that holds a credential, so it is never stored as a fact. Deliberately broad: a
 * refused note can be rephrased, a stored key cannot be unstored from every backup.
 */
final class SecretPatterns {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\bsk-(?:ant-|proj-|or-)?[A-Za-z0-9_\\-]{16,}"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}"),
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{30,}"),
            Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"),
            Pattern.compile("\\bxox[abposr]-[A-Za-z0-9\\-]{10,}"),
            Pattern.compile("\\bAIza[0-9A-Za-z_\\-]{35}"),
            Pattern.compile("\\b[rs]k_(?:live|test)_[0-9A-Za-z]{16,}"),
            Pattern.compile("\\b\\d{8,10}:[A-Za-z0-9_\\-]{35}\\b"),
            Pattern.compile("\\beyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{10,}"),
            Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/\\-]{20,}"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("(?i)\\b(?:password|passwd|secret|api[_ -]?key|token)\\s*[:=]\\s*\\S{6,}"));

    private SecretPatterns() {}

    static boolean containsSecret(String text) {
        for (Pattern pattern : PATTERNS) if (pattern.matcher(text).find()) return true;
        return false;
    }
}
