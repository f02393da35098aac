package dev.hermod.memory.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretScannerTest {

    private final SecretScanner scanner = new SecretScanner();

    @ParameterizedTest
    @ValueSource(strings = {
            "OpenRouter key is sk-or-v1-0123456789abcdef0123456789abcdef",
            "anthropic: sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv",
            "token ghp_0123456789abcdefghijABCDEFGHIJ0123456789",
            "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789",
            "AWS id AKIAIOSFODNN7EXAMPLE",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
            "-----BEGIN RSA PRIVATE KEY-----",
            "slack xoxb-1234567890-abcdefghij",
            "maps AIzaSyA0123456789abcdefghijklmnopqrstuv",
            "bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
            "Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345",
            "db password: hunter2hunter2",
            "API_KEY=abc123def456"})
    void credentialsAreFound(String text) {
        assertTrue(scanner.find(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The user prefers short answers",
            "Key for the OpenRouter API is in the env var OPENROUTER_API_KEY",
            "api_key_env = OPENROUTER_API_KEY",
            "Ask before running task-runner; the sk-learn alias means scikit-learn",
            "password is kept in 1Password, never ask for it",
            "Project uses a private key for signing, stored in ~/.ssh/id_ed25519",
            "Run ghp-import to publish docs",
            "Commit 3f9c2a1b8e7d6c5b4a39281706f5e4d3c2b1a098 fixed it"})
    void ordinaryNotesPass(String text) {
        assertEquals(Optional.empty(), scanner.find(text), text);
    }
}
