package dev.hermod.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.skill.SkillLibrary;
import dev.hermod.testing.model.RecordedRequest;
import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedModelServer;

/**
 * {@code bench:bytes}: the bytes of the whole model request (system prompt, tool schemas, history,
 * the user message with its matched skill summaries) of a first turn, with 10, 200 and 2,000 skills
 * installed in {@code $HERMOD_HOME/skills}. The skills are generated, written as real SKILL.md
 * folders, read by the real library, and removed afterwards.
 */
@Component(service = RequestBytesBench.class, property = {"osgi.command.scope=bench", "osgi.command.function=bytes"})
public final class RequestBytesBench {
    private static final String ENDPOINT = "bytes";
    private static final String[] TASKS = {
            "deploy the static site to the staging web server",
            "the postgres backup job failed last night, find out why",
            "rotate the nginx logs and compress the old ones",
            "write a python script that renames photos by their exif date",
            "summarise the open pull requests of the payments repository"};
    private static final String[] AREAS = {"nginx", "postgres", "docker", "kubernetes", "python", "git", "backup",
            "certificate", "dns", "kafka", "redis", "terraform", "ansible", "systemd", "photos", "invoices", "email",
            "calendar", "slack", "pdf", "csv", "logs", "metrics", "website", "payments"};
    private static final String[] VERBS = {"deploy", "debug", "rotate", "migrate", "monitor", "upgrade", "restore",
            "summarise", "rename", "audit", "benchmark", "clean up", "configure", "document", "test"};

    private final AgentRuntime runtime;
    private final ConfigurationAdmin configAdmin;
    private final BundleContext context;

    @Activate
    public RequestBytesBench(@Reference AgentRuntime runtime, @Reference ConfigurationAdmin configAdmin, BundleContext context) {
        this.runtime = runtime;
        this.configAdmin = configAdmin;
        this.context = context;
    }

    @Descriptor("request bytes per turn with 10, 200 and 2,000 skills installed")
    public String bytes() throws Exception {
        Path skills = Path.of(context.getProperty("hermod.home")).resolve("skills");
        StringBuilder out = new StringBuilder("whole request of a first turn (JSON body sent to the model), 5 tasks:\n");
        try (ScriptedModelServer model = ScriptedModelServer.start()) {
            model.whenEmpty(Reply.text("ok"));
            Configuration config = BenchEndpoint.open(configAdmin, context, ENDPOINT, model);
            try {
                int base = library().list().size();
                for (int n : new int[] {10, 200, 2000}) {
                    List<Path> written = write(skills, n);
                    try {
                        awaitSkills(base + n);
                        out.append(measure(model, base + n));
                    } finally {
                        for (Path p : written) delete(p);
                    }
                    awaitSkills(base);
                }
            } finally {
                config.delete();
            }
        }
        return out.append(last).toString();
    }

    private String measure(ScriptedModelServer model, int installed) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        List<Integer> skillBlocks = new ArrayList<>();
        int system = 0;
        int tools = 0;
        for (String task : TASKS) {
            int before = model.requests().size();
            try (Conversation c = runtime.open(new SessionOptions("bench", "bytes", "", null, null, null, ENDPOINT, AgentRole.PRIMARY))) {
                c.send(task, null).toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
            RecordedRequest request = model.requests().get(before);
            sizes.add(request.body().getBytes(StandardCharsets.UTF_8).length);
            String user = request.lastUserText();
            int at = user.indexOf("<relevant-skills>");
            skillBlocks.add(at < 0 ? 0 : user.substring(at).getBytes(StandardCharsets.UTF_8).length);
            system = String.valueOf(request.messagesWithRole("system").get(0).get("content")).getBytes(StandardCharsets.UTF_8).length;
            int toolsAt = request.body().indexOf("\"tools\"");
            tools = toolsAt < 0 ? 0 : request.body().substring(toolsAt).getBytes(StandardCharsets.UTF_8).length;
        }
        if (installed > 100 && installed < 1000) last = toolSizes(model.requests().get(model.requests().size() - 1).body());
        return String.format("  %5d skills: mean %6.0f bytes, max %6d  (matched-skill summaries: mean %4.0f; system prompt %d;"
                        + " tool schemas and the rest after \"tools\" %d)%n", installed,
                sizes.stream().mapToInt(Integer::intValue).average().orElse(0), sizes.stream().mapToInt(Integer::intValue).max().orElse(0),
                skillBlocks.stream().mapToInt(Integer::intValue).average().orElse(0), system, tools);
    }

    private String last = "";

    /** The bytes of each tool's schema in the request, largest first. */
    private static String toolSizes(String body) {
        int at = body.indexOf("\"tools\"");
        if (at < 0) return "";
        String[] parts = body.substring(at).split("\"type\"\\s*:\\s*\"function\"");
        List<String> rows = new ArrayList<>();
        for (String part : parts) {
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(part);
            if (name.find()) rows.add(String.format("%6d %s", part.length() + 18, name.group(1)));
        }
        rows.sort(java.util.Comparator.reverseOrder());
        return "  tool schemas, bytes each:\n    " + String.join("\n    ", rows) + "\n";
    }

    private static List<Path> write(Path skills, int n) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String area = AREAS[i % AREAS.length];
            String verb = VERBS[(i / AREAS.length) % VERBS.length];
            String name = "bench-" + verb.replace(' ', '-') + "-" + area + "-" + i;
            Path folder = skills.resolve(name);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("SKILL.md"), "---\nname: " + name + "\ndescription: How to " + verb + " " + area
                    + " setups (variant " + i + "), with the checks that show it worked.\ntriggers: [" + verb + " " + area + "]\n---\n"
                    + "# " + verb + " " + area + "\n\n1. Inspect the current " + area + " state.\n2. " + verb + " it step by step.\n"
                    + "3. Verify the result.\n\n## Pitfalls\n- Keep a backup before changing " + area + ".\n");
            folders.add(folder);
        }
        return folders;
    }

    private SkillLibrary library() {
        var ref = context.getServiceReference(SkillLibrary.class);
        if (ref == null) throw new IllegalStateException("the skills bundle is not running");
        return context.getService(ref);
    }

    private void awaitSkills(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (library().list().size() != count) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the library did not reach " + count + " skills");
            TimeUnit.MILLISECONDS.sleep(50); // polling interval of a condition wait
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
