package dev.hermod.terminal.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class EnvironmentFilterTest {

    private static final Map<String, String> HOST = Map.ofEntries(Map.entry("PATH", "/usr/bin"),
            Map.entry("HOME", "/home/a"), Map.entry("OPENAI_API_KEY", "sk-1"), Map.entry("GITHUB_TOKEN", "ghp"),
            Map.entry("aws_secret_access_key", "x"), Map.entry("DB_PASSWORD", "p"), Map.entry("MYSQL_PASSWD", "p"),
            Map.entry("GOOGLE_APPLICATION_CREDENTIALS", "/k.json"), Map.entry("SSH_PRIVATE_KEY", "k"),
            Map.entry("COMPANY_INTERNAL_URL", "u"), Map.entry("LANG", "C.UTF-8"));

    @Test
    void dropsEverythingThatLooksLikeASecret() {
        Map<String, String> kept = new EnvironmentFilter(new String[0], new String[0]).filter(HOST);
        assertEquals(Map.of("PATH", "/usr/bin", "HOME", "/home/a", "COMPANY_INTERNAL_URL", "u", "LANG", "C.UTF-8"), kept);
    }

    @Test
    void blocklistAddsNamesAndWinsOverPassthrough() {
        EnvironmentFilter filter = new EnvironmentFilter(new String[] {"company_*", " LANG "}, new String[] {"LANG"});
        assertEquals(Map.of("PATH", "/usr/bin", "HOME", "/home/a"), filter.filter(HOST));
    }

    @Test
    void passthroughLetsChosenSecretsThrough() {
        EnvironmentFilter filter = new EnvironmentFilter(new String[0], new String[] {"github_token", "*_CREDENTIALS"});
        Map<String, String> kept = filter.filter(HOST);
        assertEquals("ghp", kept.get("GITHUB_TOKEN"));
        assertEquals("/k.json", kept.get("GOOGLE_APPLICATION_CREDENTIALS"));
        assertEquals(null, kept.get("OPENAI_API_KEY"));
    }
}
