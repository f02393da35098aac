package dev.hermod.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.testing.model.RecordedRequest;
import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedModelServer;

/** The built distribution, started as a process and used the way a person uses it. */
class HermodE2E {
    static final Duration TURN = Duration.ofSeconds(60);

    @TempDir Path home;
    ScriptedModelServer model;
    Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        model = ScriptedModelServer.start();
        env = Map.of("OPENAI_BASE_URL", model.baseUrl(), "OPENAI_API_KEY", "e2e-secret-key-value", "HERMOD_MODEL", "scripted-model");
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void chatFromPipedStdinRunsTheTerminalToolAndPrintsTheAnswer() throws Exception {
        model.enqueue(Reply.toolCall("terminal", "{\"command\":\"echo e2e-$((6*7)) key=[$OPENAI_API_KEY]\"}"),
                Reply.text("The terminal said e2e-42."));

        HermodProcess.Result r = HermodProcess.run(home, env, "please run the echo\n", TURN, "chat");

        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("The terminal said e2e-42."), r.toString());
        List<RecordedRequest> requests = model.requests();
        assertEquals(2, requests.size(), r.toString());
        assertEquals("please run the echo", requests.get(0).lastUserText().lines().findFirst().orElse(""));
        String toolOutput = RecordedRequest.contentText(requests.get(1).messagesWithRole("tool").get(0));
        assertTrue(toolOutput.contains("e2e-42"), toolOutput);
        assertTrue(toolOutput.contains("key=[]"), "the terminal must not inherit the provider's key: " + toolOutput);
        assertEquals("Bearer e2e-secret-key-value", requests.get(0).header("Authorization").orElse(""));
    }

    @Test
    void oneShotPrintsOnlyTheAnswerAndContinueResumesTheSession() throws Exception {
        model.enqueue(Reply.text("Four."), Reply.text("You asked about 2+2."));

        HermodProcess.Result first = HermodProcess.run(home, env, "", TURN, "chat", "-q", "what is 2+2?");
        HermodProcess.Result second = HermodProcess.run(home, env, "", TURN, "chat", "--continue", "-q", "what did I ask?");

        assertEquals(0, first.exitCode(), first.toString());
        assertEquals("Four.", first.stdout().strip());
        assertEquals(0, second.exitCode(), second.toString());
        List<RecordedRequest> requests = model.requests();
        assertTrue(requests.get(1).messageCount() >= 4, "the resumed session carries the earlier turn: " + requests.get(1));
        assertTrue(requests.get(1).body().contains("what is 2+2?"));
    }

    @Test
    void aPluginDroppedAndAConfigurationWrittenIntoARunningGatewayApplyLive() throws Exception {
        try (HermodProcess gateway = HermodProcess.start(home, env, List.of("gateway"))) {
            Path socket = home.resolve("run/shell.sock");
            awaitTrue(() -> Files.exists(socket), Duration.ofSeconds(30), () -> "no shell socket; gateway stderr: " + gateway.stderr());

            Files.copy(Path.of(System.getProperty("todo.bundle")), home.resolve("plugins/todo.jar"), StandardCopyOption.REPLACE_EXISTING);
            String[] last = {""};
            awaitTrue(() -> {
                last[0] = HermodProcess.run(home, env, "", TURN, "shell", "-c", "hermod:tools").stdout();
                return last[0].contains("todo");
            }, Duration.ofSeconds(60), () -> "todo never listed; last output:\n" + last[0] + "\ngateway stderr: " + gateway.stderr());

            Files.writeString(home.resolve("etc/hermod.llm.openai-live.cfg"),
                    "name = live\nbase_url = " + model.baseUrl() + "\nmodel = live-model\napi_key_env =\n");
            awaitTrue(() -> {
                last[0] = HermodProcess.run(home, env, "", TURN, "shell", "-c", "hermod:providers").stdout();
                return last[0].contains("live-model");
            }, Duration.ofSeconds(60), () -> "the edited configuration never applied; last output:\n" + last[0]);

            assertTrue(gateway.process.isAlive(), "the gateway kept running");
        }
    }

    @Test
    void aFactToldInSessionOneIsRecalledInSessionTenAfterItWasConsolidatedAway() throws Exception {
        model.enqueue(Reply.toolCall("memory", "{\"action\":\"add\",\"target\":\"user\",\"content\":\"The user's sister is called Ingrid.\"}"),
                Reply.text("Noted."));
        for (int i = 2; i <= 8; i++) model.enqueue(Reply.text("Hi " + i + "."));
        model.enqueue(Reply.toolCall("memory", "{\"action\":\"consolidate\",\"target\":\"user\","
                + "\"entries\":[\"The user prefers short answers.\"],\"reason\":\"tidy up\"}"), Reply.text("Tidied."));
        model.enqueue(Reply.text("Your sister is Ingrid."));

        run("my sister is called Ingrid");
        for (int i = 2; i <= 8; i++) run("hello number " + i);
        run("tidy up your notes about me");
        int before = model.requests().size();
        HermodProcess.Result last = run("what is my sister's name?");

        assertEquals("Your sister is Ingrid.", last.stdout().strip(), last.toString());
        String userMd = Files.readString(home.resolve("memories/USER.md"));
        assertFalse(userMd.contains("Ingrid"), "consolidation took it out of the pinned file: " + userMd);
        String asked = model.requests().get(before).lastUserText();
        assertTrue(asked.contains("<recalled-memory>") && asked.contains("Ingrid"), "session 10 recalled it: " + asked);
    }

    private String log() {
        try {
            return Files.readString(home.resolve("logs/hermod.log"));
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private HermodProcess.Result run(String question) throws Exception {
        HermodProcess.Result r = HermodProcess.run(home, env, "", TURN, "chat", "-q", question);
        assertEquals(0, r.exitCode(), r.toString());
        return r;
    }

    @Test
    void aOneShotTaskBecomesASkillThatTheNextTaskOfItsKindIsOfferedAndTheOperatorSees() throws Exception {
        String name = "summarise-service-logs";
        String skillMd = """
                ---
                name: summarise-service-logs
                description: Summarise the error lines of a service's log files, counted by kind, newest first.
                triggers:
                  - service logs
                  - summarise the errors
                ---
                # Summarise a service's logs

                1. List the log files: `ls /var/log/<service>`.
                2. Count the errors by kind: `grep -h ERROR /var/log/<service>/*.log | sort | uniq -c | sort -rn`.

                ## Pitfalls
                - Rotated logs are compressed: use `zgrep` for `*.gz`.

                ## Verification
                - The counts add up to `grep -c ERROR` over the same files.
                """;
        for (int i = 1; i <= 10; i++) model.enqueue(Reply.toolCall("terminal", Json.object("command", "echo step-" + i)));
        model.enqueue(Reply.text("The billing service logged 3 kinds of error."), Reply.text(Json.review("create", name, skillMd)));

        HermodProcess.Result first = run("summarise the errors in the billing service logs");

        assertEquals("The billing service logged 3 kinds of error.", first.stdout().strip(), first.toString());
        assertEquals(12, model.requests().size(), () -> "10 tool calls, the answer, then the review before the process ended; "
                + "log:\n" + log());
        assertTrue(model.requests().get(11).lastUserText().contains("billing service logs"), "the review saw the task");
        String written = Files.readString(home.resolve("skills").resolve(name).resolve("SKILL.md"));
        assertTrue(written.contains("provenance: agent") && written.contains("uniq -c"), written);
        HermodProcess.Result listed = HermodProcess.run(home, env, "", TURN, "skills");
        assertTrue(listed.stdout().lines().anyMatch(l -> l.contains(name) && l.contains("agent") && l.contains("active")),
                listed.toString());

        model.enqueue(Reply.toolCall("skill_view", Json.object("name", name)),
                Reply.toolCall("terminal", Json.object("command", "echo counted")),
                Reply.text("The search service logged 2 kinds of error."),
                Reply.text("{\"worked\": true, \"reason\": \"followed the steps\"}"));
        HermodProcess.Result second = run("summarise the errors in the search service logs");

        assertEquals("The search service logged 2 kinds of error.", second.stdout().strip(), second.toString());
        assertEquals(16, model.requests().size(), "3 model calls instead of 11, then the self-check");
        String offered = model.requests().get(12).lastUserText();
        assertTrue(offered.contains("<relevant-skills>") && offered.contains(name), "the skill came with the task: " + offered);
        String viewed = RecordedRequest.contentText(model.requests().get(13).messagesWithRole("tool").get(0));
        assertTrue(viewed.contains("uniq -c"), "skill_view gave the playbook: " + viewed);
        HermodProcess.Result history = HermodProcess.run(home, env, "", TURN, "skills", "history", name);
        assertTrue(history.stdout().contains("review"), history.toString());
        HermodProcess.Result stats = HermodProcess.run(home, env, "", TURN, "skills", "stats");
        assertTrue(stats.stdout().contains("judged uses: 1 (1 successes, 0 failures"), stats.toString());
    }

    @Test
    void doctorExplainsAMissingModelAndVersionPrints() throws Exception {
        HermodProcess.Result doctor = HermodProcess.run(home, Map.of(), "", TURN, "doctor");
        HermodProcess.Result version = HermodProcess.run(home, Map.of(), "", TURN, "version");

        assertEquals(1, doctor.exitCode(), doctor.toString());
        assertTrue(doctor.stdout().contains("hermod setup"), doctor.toString());
        assertEquals(0, version.exitCode());
        assertTrue(version.stdout().startsWith("hermod "), version.toString());
    }

    interface Check { boolean ok() throws Exception; }

    static void awaitTrue(Check check, Duration timeout, java.util.function.Supplier<String> message) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) fail(message.get());
            TimeUnit.MILLISECONDS.sleep(200); // polling interval of a condition wait
        }
    }
}
