package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import dev.hermod.api.skill.Skill;

class BundleSkillsTest {

    @TempDir Path cache;

    /** A bundle whose entries are the given files (path → text), as Bundle.findEntries returns them. */
    static Bundle bundle(Map<String, String> files) {
        URLStreamHandler handler = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override public void connect() { }
                    @Override public InputStream getInputStream() {
                        return new ByteArrayInputStream(files.get(url.getPath()).getBytes(StandardCharsets.UTF_8));
                    }
                };
            }
        };
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> "dev.hermod.plugin.x";
                    case "findEntries" -> Collections.enumeration(files.keySet().stream().map(path -> {
                        try {
                            return new URL("bundle", "1", -1, path, handler);
                        } catch (java.net.MalformedURLException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static String skill(String description) {
        return "---\nname: plan-long-task\ndescription: " + description + "\n---\n# Plan\n\n1. Write the steps down.\n";
    }

    @Test
    void theSameSkillsAreLeftInPlaceChangedOnesAreSwappedInWhole() throws Exception {
        Path target = cache.resolve("dev.hermod.plugin.x_1.0.0");
        Path file = target.resolve("plan-long-task/SKILL.md");
        List<Skill> first = BundleSkills.extract(bundle(Map.of("/skills/plan-long-task/SKILL.md", skill("Plan a long task."))),
                "skills", target);
        assertEquals(List.of("plan-long-task"), first.stream().map(Skill::name).toList());
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);

        BundleSkills.extract(bundle(Map.of("/skills/plan-long-task/SKILL.md", skill("Plan a long task."))), "skills", target);
        assertEquals(written, Files.getLastModifiedTime(file), "the same content: the files another process reads stay");

        List<Skill> changed = BundleSkills.extract(bundle(Map.of("/skills/plan-long-task/SKILL.md",
                skill("Plan a long task, step by step."))), "skills", target);
        assertEquals("Plan a long task, step by step.", changed.get(0).description());
        assertTrue(Files.readString(file).contains("step by step"));
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(target), left.toList(), "no copy left beside it");
        }
    }
}
