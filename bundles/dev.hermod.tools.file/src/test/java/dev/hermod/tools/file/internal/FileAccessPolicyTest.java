package dev.hermod.tools.file.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAccessPolicyTest {

    @TempDir
    Path temp;
    Sandbox box;

    @BeforeEach
    void setUp() throws IOException {
        box = new Sandbox(temp);
    }

    private String refused(FileAccessPolicy policy, String path, Access access) {
        return assertThrows(PathRefusedException.class, () -> policy.resolve(path, box.context, access)).getMessage();
    }

    @Test
    void relativePathsResolveAgainstTheWorkingDirectory() throws Exception {
        Path file = box.write(box.project.resolve("src/Main.java"), "class Main {}");
        assertEquals(file, box.policy().resolve("src/Main.java", box.context, Access.READ));
    }

    @Test
    void symlinkToAnEnvFileIsRefused() throws Exception {
        Path env = box.write(temp.resolve("elsewhere/.env"), "API_KEY=secret");
        Files.createSymbolicLink(box.project.resolve("settings.txt"), env);
        String message = refused(box.policy(), "settings.txt", Access.READ);
        assertTrue(message.contains(env.toString()), message);
        assertTrue(message.contains("allow_credential_files=true"), message);
    }

    @Test
    void symlinkedFolderIntoSshIsRefused() throws Exception {
        box.write(box.userHome.resolve(".ssh/authorized_keys"), "ssh-ed25519 AAAA");
        Files.createSymbolicLink(box.project.resolve("keys"), box.userHome.resolve(".ssh"));
        assertTrue(refused(box.policy(), "keys/authorized_keys", Access.READ).contains("~/.ssh"));
        // A new file through the same link would land in ~/.ssh too.
        assertTrue(refused(box.policy(), "keys/new_file", Access.WRITE).contains("~/.ssh"));
    }

    @Test
    void danglingSymlinkIsCheckedAtItsTarget() throws Exception {
        Files.createDirectories(box.userHome.resolve(".ssh"));
        Files.createSymbolicLink(box.project.resolve("notes.txt"), box.userHome.resolve(".ssh/authorized_keys"));
        assertTrue(refused(box.policy(), "notes.txt", Access.WRITE).contains("~/.ssh"));
    }

    @Test
    void pathTraversalIsResolvedBeforeTheCheck() throws Exception {
        box.write(box.userHome.resolve(".aws/credentials"), "[default]");
        String raw = box.project.relativize(box.userHome.resolve(".aws/credentials")).toString();
        assertTrue(raw.startsWith("../../"), raw);
        assertTrue(refused(box.policy(), raw, Access.READ).contains("~/.aws/credentials"));
        assertTrue(refused(box.policy(), "src/../" + raw, Access.READ).contains("~/.aws/credentials"));
        Path allowed = box.write(temp.resolve("work/other.txt"), "fine");
        assertEquals(allowed.toRealPath(), box.policy().resolve("../other.txt", box.context, Access.READ));
    }

    @Test
    void credentialFilesAreRefusedByName() {
        for (String name : new String[] {".env", ".env.production", "id_rsa", "id_ed25519_work", "server.pem", "tls.key"}) {
            refused(box.policy(), name, Access.READ);
        }
    }

    @Test
    void processEnvironmentIsRefused() {
        assertTrue(refused(box.policy(), "/proc/self/environ", Access.READ).contains("process environment"));
    }

    @Test
    void templatesAndPublicKeysAreAllowed() throws Exception {
        for (String name : new String[] {".env.example", "id_rsa.pub", "environment.md"}) {
            assertEquals(box.project.resolve(name), box.policy().resolve(name, box.context, Access.READ));
        }
    }

    @Test
    void hermodHomeInternalsAreRefused() throws Exception {
        box.write(box.hermodHome.resolve("etc/hermod.llm.openai.cfg"), "api_key_env=X");
        box.write(box.hermodHome.resolve("state.db-wal"), "");
        assertTrue(refused(box.policy(), box.hermodHome + "/etc/hermod.llm.openai.cfg", Access.READ).contains("etc/"));
        assertTrue(refused(box.policy(), box.hermodHome + "/state.db-wal", Access.READ).contains("state database"));
        assertTrue(refused(box.policy(), box.hermodHome + "/logs/hermod.log", Access.READ).contains("logs/"));
        String write = refused(box.policy(TestConfig.defaults().allowingCredentials()),
                box.hermodHome + "/etc/x.cfg", Access.WRITE);
        assertTrue(write.contains("never write"), write);
    }

    @Test
    void pluginsAndSystemFoldersAreReadOnly() throws Exception {
        Path plugin = box.write(box.hermodHome.resolve("plugins/readme.txt"), "x");
        assertEquals(plugin, box.policy().resolve(plugin.toString(), box.context, Access.READ));
        assertTrue(refused(box.policy(), plugin.toString(), Access.WRITE).contains("plugins"));
        assertTrue(refused(box.policy(), "/etc/hermod-test.conf", Access.WRITE).contains("system folder /etc"));
        assertTrue(refused(box.policy(), "/usr/local/bin/tool", Access.WRITE).contains("/usr"));
    }

    @Test
    void theSkillsFolderIsReadableButOnlySkillManageWritesIt() throws Exception {
        Path skill = box.write(box.hermodHome.resolve("skills/deploy/SKILL.md"), "---\nname: deploy\n---\n");
        assertEquals(skill, box.policy().resolve(skill.toString(), box.context, Access.READ));
        for (String target : new String[] {skill.toString(), box.hermodHome + "/skills/new-one/SKILL.md",
                box.hermodHome + "/work/../skills/deploy/scripts/run.sh"}) {
            String why = refused(box.policy(TestConfig.defaults().allowingCredentials()), target, Access.WRITE);
            assertTrue(why.contains("skills folder") && why.contains("skill_manage"), why);
        }
        assertEquals(box.project.resolve("skills/notes.md"),
                box.policy().resolve("skills/notes.md", box.context, Access.WRITE), "a project's own skills/ folder is fine");
    }

    @Test
    void aSkillsFolderLinkedElsewhereIsStillRefused() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("shared/skills"));
        Files.createSymbolicLink(box.hermodHome.resolve("skills"), elsewhere);
        String why = refused(box.policy(), elsewhere.resolve("deploy/SKILL.md").toString(), Access.WRITE);
        assertTrue(why.contains("skills folder"), why);
    }

    @Test
    void allowCredentialFilesLiftsTheCredentialRules() throws Exception {
        Path env = box.write(box.project.resolve(".env"), "A=1");
        FileAccessPolicy open = box.policy(TestConfig.defaults().allowingCredentials());
        assertEquals(env, open.resolve(".env", box.context, Access.WRITE));
        assertEquals(box.userHome.resolve(".ssh/config"), open.resolve("~/.ssh/config", box.context, Access.READ));
    }

    @Test
    void deniedPathsRefuseByNameAndByAbsolutePath() throws Exception {
        FileAccessPolicy policy = box.policy(TestConfig.defaults().withDenied("*.sqlite", "~/private/**", "secrets"));
        assertTrue(refused(policy, "data/app.sqlite", Access.READ).contains("'*.sqlite'"));
        assertTrue(refused(policy, "~/private/diary.md", Access.READ).contains("'~/private/**'"));
        assertTrue(refused(policy, "config/secrets/db.txt", Access.READ).contains("'secrets'"));
        assertEquals(box.project.resolve("data/app.db"), policy.resolve("data/app.db", box.context, Access.READ));
    }

    @Test
    void malformedDeniedGlobFailsActivationWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> box.policy(TestConfig.defaults().withDenied("[unclosed")));
        assertTrue(e.getMessage().contains("[unclosed"));
    }
}
