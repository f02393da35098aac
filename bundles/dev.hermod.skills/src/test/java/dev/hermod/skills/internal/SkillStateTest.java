package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hermod.api.skill.SkillVersion;

class SkillStateTest {

    @TempDir Path home;

    @Test
    void twoLedgersOnOneFileNeverPickTheSameVersionNumber() throws Exception {
        Path db = home.resolve("state.db");
        List<SkillState> ledgers = List.of(new SkillState(db), new SkillState(db)); // as two processes would
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                SkillState ledger = ledgers.get(w);
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) ledger.recordVersion("deploy-site", "v" + writer + "-" + i, "test", "", "");
                    return null;
                }));
            }
            for (Future<?> f : writers) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        List<SkillVersion> versions = ledgers.get(0).versions("deploy-site");
        assertEquals(IntStream.rangeClosed(1, 80).boxed().toList(), versions.stream().map(SkillVersion::number).toList());
    }

    @Test
    void theSameContentTwiceIsOneVersion() {
        SkillState ledger = new SkillState(home.resolve("state.db"));
        assertEquals(1, ledger.recordVersion("x", "same", "test", "", ""));
        assertEquals(1, ledger.recordVersion("x", "same", "test", "", ""));
        assertEquals(2, ledger.recordVersion("x", "other", "test", "", ""));
        assertEquals(3, ledger.recordVersion("x", "same", "test", "", ""), "back to an older text is a new version");
    }
}
