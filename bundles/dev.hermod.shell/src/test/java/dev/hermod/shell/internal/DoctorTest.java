package dev.hermod.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.PinnedFile;

class DoctorTest {
    @TempDir Path home;

    @Test
    void reportPrintsSectionsMarksAndTheProblemCount() {
        DoctorReport report = new DoctorReport("/h", List.of(
                new DoctorReport.Section("Environment", List.of(Check.ok("Java 25"), Check.fail("bash not found on PATH"))),
                new DoctorReport.Section("Empty", List.of()),
                new DoctorReport.Section("Memory", List.of(Check.warn("builtin: degraded"), Check.info("MEMORY.md 0/2,200 chars (0%)")))));
        assertEquals("""
                Hermod doctor: /h

                Environment
                  ✓ Java 25
                  ✗ bash not found on PATH

                Memory
                  ! builtin: degraded
                  – MEMORY.md 0/2,200 chars (0%)

                1 problem found.
                """, report.toString());
        assertFalse(report.healthy());
        assertTrue(new DoctorReport("/h", List.of(new DoctorReport.Section("x", List.of(Check.warn("w"))))).healthy(),
                "warnings alone are healthy");
    }

    @Test
    void homeChecksSayWhatIsMissing() throws Exception {
        assertEquals(Check.Status.FAIL, HomeChecks.check(home.resolve("nope")).get(0).status());
        List<Check> checks = HomeChecks.check(home);
        assertTrue(checks.contains(Check.fail("etc/ is missing, so FileInstall does not watch it: mkdir -p " + home.resolve("etc"))), checks.toString());
        assertTrue(checks.contains(Check.info("state.db not created yet (the session store creates it on first use)")));
        Files.createDirectories(home.resolve("etc"));
        Files.createDirectories(home.resolve("plugins"));
        Files.writeString(home.resolve("state.db"), "");
        assertTrue(HomeChecks.check(home).stream().allMatch(c -> c.status() == Check.Status.OK), HomeChecks.check(home).toString());
    }

    @Test
    void environmentChecks() throws Exception {
        assertEquals(Check.Status.OK, EnvironmentChecks.java(Runtime.Version.parse("21.0.2"), "x").status());
        assertEquals(Check.Status.FAIL, EnvironmentChecks.java(Runtime.Version.parse("17.0.9"), "x").status());
        Path bin = Files.createDirectories(home.resolve("bin"));
        assertEquals(Check.Status.FAIL, EnvironmentChecks.bash(bin.toString()).status());
        Path bash = Files.writeString(bin.resolve("bash"), "#!/bin/sh\n");
        bash.toFile().setExecutable(true);
        assertEquals("bash: " + bash, EnvironmentChecks.bash("/nonexistent:" + bin).text());
    }

    @Test
    void serviceChecksReportMissingModelsRuntimeAndSickMemory() throws Exception {
        assertTrue(ServiceChecks.models(List.of()).get(0).text().contains("run `hermod setup`"));
        assertEquals(Check.Status.FAIL, ServiceChecks.runtime(Optional.<AgentRuntime>empty()).get(0).status());
        MemoryProvider down = new MemoryProvider() {
            @Override public String name() { return "honcho"; }
            @Override public MemoryHealth health() { return MemoryHealth.down("cannot reach https://honcho.example: connection refused"); }
        };
        List<PinnedFile> files = List.of(new PinnedFile("MEMORY.md", List.of("x".repeat(95)), 95, 100, true),
                new PinnedFile("USER.md", List.of(), 0, 50, false));
        List<Check> memory = ServiceChecks.memory(List.of(new Registered<>(down, Map.of(), "b")), files);
        assertEquals(Check.fail("honcho: down: cannot reach https://honcho.example: connection refused"), memory.get(0));
        assertEquals(Check.warn("MEMORY.md 95/100 chars (95%): nearly full: the agent is warned to consolidate it when"
                + " it next saves a memory (or ask it to consolidate its memory now)"), memory.get(1));
        assertEquals(Check.info("USER.md 0/50 chars (0%)"), memory.get(2));
    }

    @Test
    void bundlesThatAreNotRunningAreNamedWithWhatTheyLack() {
        List<Check> checks = BundleDiagnosis.diagnose(List.of(
                new BundleFacts(0, "org.apache.felix.framework", "7.0.5", "System Bundle", Bundle.ACTIVE, false, List.of()),
                new BundleFacts(3, "dev.hermod.frag", "1.0.0", "file:x", Bundle.RESOLVED, true, List.of()),
                new BundleFacts(7, "weather", "1.0.0", "file:w", Bundle.INSTALLED, false, List.of("package com.fasterxml.jackson.databind")),
                new BundleFacts(8, "stopped", "2.0.0", "file:s", Bundle.RESOLVED, false, List.of())));
        assertEquals(List.of("✓ 2 of 4 bundles active (or resolved fragments)",
                "✗ weather 1.0.0 [7] is INSTALLED but cannot resolve: nothing provides package com.fasterxml.jackson.databind",
                "✗ stopped 2.0.0 [8] is RESOLVED (stopped: start it, or remove it from plugins/)"),
                checks.stream().map(Check::toString).toList());
        assertEquals("package org.example.api", BundleFacts.describe("osgi.wiring.package",
                "(&(osgi.wiring.package=org.example.api)(version>=1.0.0))"));
    }

    @Test
    void settleWaitsForQuietAndGivesUpAtTheDeadline() {
        assertTrue(Settle.await(() -> "same", Duration.ofMillis(50), Duration.ofSeconds(5)));
        AtomicInteger changing = new AtomicInteger();
        assertFalse(Settle.await(changing::incrementAndGet, Duration.ofSeconds(5), Duration.ofMillis(300)));
    }
}
