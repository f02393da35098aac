package dev.hermod.core.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void removesSecretEnvironmentValuesAndKnownTokenShapes() {
        Redactor r = new Redactor(Map.of("OPENROUTER_API_KEY", "or-very-secret-value", "HOME", "/home/me", "SHORT_TOKEN", "abc"), true);

        String out = r.redact("key=or-very-secret-value home=/home/me gh=ghp_abcdefghijklmnopqrstuvwxyz012345 sk=sk-abcdefghijklmnopqrstu");

        assertEquals("key=[REDACTED:OPENROUTER_API_KEY] home=/home/me gh=[REDACTED] sk=[REDACTED]", out);
    }

    @Test
    void removesPrivateKeyBlocks() {
        Redactor r = new Redactor(Map.of(), true);
        String out = r.redact("a\n-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\nBBBB\n-----END OPENSSH PRIVATE KEY-----\nb");
        assertEquals("a\n[REDACTED]\nb", out);
    }

    @Test
    void canBeSwitchedOff() {
        Redactor r = new Redactor(Map.of("X_TOKEN", "0123456789"), false);
        assertEquals("0123456789", r.redact("0123456789"));
    }
}
