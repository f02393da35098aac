package dev.hermod.skills.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hermod.api.embedding.EmbeddingModel;
import dev.hermod.api.skill.Skill;

/**
 * The skill match bench, run by {@code bench/skill-match <cases.json>}: precision@1 on the case
 * library, match() latency with 10,000 synthetic skills added, and the summary bytes a match returns as
 * the library grows; when the all-MiniLM-L6-v2 bundle is on the classpath (the script adds its jar when
 * it is built), the same precision and latency for hybrid matching, and the time to embed a task.
 * Not a unit test (no {@code Test} suffix), so the build does not run it.
 */
public final class SkillMatchBench {

    static final int BUDGET = 1500;
    static final int SYNTHETIC = 10_000;
    static final int ROUNDS = 30;

    record Case(String task, String expected) {
    }

    /** Tasks that no skill of the case library is for (optional "unrelated" array): a match is a false one. */
    private static final List<String> UNRELATED = new ArrayList<>();

    private SkillMatchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: skill-match <cases.json>");
            System.exit(2);
        }
        Path casesFile = Path.of(args[0]).toAbsolutePath();
        JsonNode root = new ObjectMapper().readTree(casesFile.toFile());
        Path skillsDir = casesFile.getParent().resolve(root.path("skills_dir").asText("skills")).normalize();
        List<Case> cases = new ArrayList<>();
        root.path("cases").forEach(c -> cases.add(new Case(c.path("task").asText(), c.path("expected").asText())));
        root.path("unrelated").forEach(t -> UNRELATED.add(t.asText()));
        Path temp = Files.createTempDirectory("skill-match-bench");
        try {
            run(skillsDir, cases, temp);
        } finally {
            delete(temp);
        }
    }

    private static void run(Path skillsDir, List<Case> cases, Path temp) throws IOException {
        FolderSkillLibrary real = library(temp.resolve("home-real"), skillsDir, List.of());
        List<Skill> realSkills = real.list();
        System.out.printf("cases: %d, case skills: %d (%s), problems: %d%n", cases.size(), realSkills.size(),
                skillsDir, real.problems().size());
        real.problems().forEach(p -> System.out.println("  problem: " + p));
        precision("case library", real, cases, true);
        real.deactivate();

        Path synthetic = temp.resolve("synthetic");
        long t0 = System.nanoTime();
        SyntheticSkills.write(synthetic, SYNTHETIC, 42);
        long t1 = System.nanoTime();
        FolderSkillLibrary big = library(temp.resolve("home-big"), skillsDir, List.of(synthetic));
        long t2 = System.nanoTime();
        System.out.printf("%nlibrary of %d skills: wrote synthetic files in %d ms, scanned + parsed + indexed in %d ms%n",
                big.list().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        precision("case tasks at " + big.list().size() + " skills", big, cases, true);
        latency(big, cases);
        List<Skill> syntheticSkills = big.list().stream().filter(s -> !realSkills.contains(s)).toList();
        big.deactivate();
        incremental(realSkills, syntheticSkills);
        flatness(realSkills, syntheticSkills, cases);
        Optional<EmbeddingModel> model = MiniLm.load();
        if (model.isPresent()) {
            List<Skill> all = new ArrayList<>(realSkills);
            all.addAll(syntheticSkills);
            System.out.printf("%nhybrid matching with %s (%d dimensions):%n", model.get().id(), model.get().dimensions());
            embedLatency(model.get(), cases);
            hybrid(realSkills, cases, model.get());
            hybrid(all, cases, model.get());
            MiniLm.close(model.get());
        }
    }

    private static void hybrid(List<Skill> skills, List<Case> cases, EmbeddingModel model) {
        FtsSkillMatcher matcher = new FtsSkillMatcher();
        List<Skill> library = List.copyOf(skills);
        matcher.update(library);
        long start = System.nanoTime();
        matcher.useEmbeddings(model);
        long deadline = start + 30L * 60 * 1_000_000_000;
        while (!matcher.semanticReady(library)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the skills were not embedded within 30 minutes");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000); // poll, leaving the CPU to the embedding
        }
        System.out.printf("  %d skills embedded in the background in %d ms%n", library.size(),
                (System.nanoTime() - start) / 1_000_000);
        precision("hybrid, " + library.size() + " skills", task -> TokenBudget.cut(matcher.rank(task, library), BUDGET),
                cases, true);
        latency("  hybrid match (task embedding included)", task -> matcher.rank(task, library), library.size(), cases);
        matcher.close();
    }

    private static void embedLatency(EmbeddingModel model, List<Case> cases) {
        latency("  embedding one task alone", model::embed, 0, cases);
    }

    private static FolderSkillLibrary library(Path home, Path bundled, List<Path> external) {
        return new FolderSkillLibrary(TestSkillsConfig.defaults(), new SkillRoots(home.resolve("skills"), bundled,
                external), false);
    }

    private static void precision(String label, FolderSkillLibrary library, List<Case> cases, boolean showMisses) {
        precision(label, task -> library.match(task, BUDGET), cases, showMisses);
    }

    private static void precision(String label, Function<String, List<Skill>> match, List<Case> cases,
            boolean showMisses) {
        int hits = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<Skill> found = match.apply(c.task());
            String top = found.isEmpty() ? "<none>" : found.get(0).name();
            if (top.equals(c.expected())) {
                hits++;
            } else {
                misses.add("  miss: \"" + c.task() + "\" -> " + top + " (expected " + c.expected() + ")");
            }
        }
        System.out.printf("precision@1 (%s): %d/%d = %.3f (target >= 0.9)%n", label, hits, cases.size(),
                (double) hits / cases.size());
        List<String> falseMatches = new ArrayList<>();
        for (String task : UNRELATED) {
            List<Skill> found = match.apply(task);
            if (!found.isEmpty()) {
                falseMatches.add("  unrelated: \"" + task + "\" -> " + found.get(0).name());
            }
        }
        if (!UNRELATED.isEmpty()) {
            System.out.printf("unrelated tasks that matched a skill (%s): %d/%d%n", label, falseMatches.size(),
                    UNRELATED.size());
        }
        if (showMisses) {
            misses.forEach(System.out::println);
            falseMatches.forEach(System.out::println);
        }
    }

    private static void latency(FolderSkillLibrary library, List<Case> cases) {
        latency("match()", task -> library.match(task, BUDGET), library.list().size(), cases);
    }

    private static void latency(String label, Function<String, ?> match, int size, List<Case> cases) {
        for (int i = 0; i < 3; i++) {
            cases.forEach(c -> match.apply(c.task())); // warm up the JIT and SQLite's page cache
        }
        long[] samples = new long[ROUNDS * cases.size()];
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (Case c : cases) {
                long start = System.nanoTime();
                match.apply(c.task());
                samples[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(samples);
        System.out.printf("%s latency at %d skills over %d calls: p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                        + "(target p99 <= 10 ms)%n", label, size, n, ms(samples[n / 2]),
                ms(samples[(int) Math.ceil(n * 0.99) - 1]), ms(samples[n - 1]));
    }

    private static void incremental(List<Skill> realSkills, List<Skill> syntheticSkills) {
        FtsSkillMatcher matcher = new FtsSkillMatcher();
        List<Skill> all = new ArrayList<>(realSkills);
        all.addAll(syntheticSkills);
        matcher.update(List.copyOf(all));
        Skill first = all.get(0);
        all.set(0, new Skill(first.name(), first.description() + " Edited.", first.category(), first.version(),
                first.triggers(), first.provenance(), first.body(), first.frontMatter(), first.directory(), first.files()));
        long before = matcher.writes();
        long start = System.nanoTime();
        matcher.update(List.copyOf(all));
        System.out.printf("incremental update after editing 1 of %d skills: %.2f ms, %d index rows written%n",
                all.size(), ms(System.nanoTime() - start), matcher.writes() - before);
        matcher.close();
    }

    private static void flatness(List<Skill> realSkills, List<Skill> syntheticSkills, List<Case> cases) {
        System.out.printf("%nsummary bytes per match (budget %d tokens = %d chars):%n", BUDGET,
                BUDGET * TokenBudget.CHARS_PER_TOKEN);
        for (int size : new int[] {10, 200, 2_000, 10_000}) {
            List<Skill> library = new ArrayList<>(realSkills.stream().sorted(Comparator.comparing(Skill::name))
                    .limit(size).toList());
            library.addAll(syntheticSkills.subList(0, Math.max(0, Math.min(size - library.size(), syntheticSkills.size()))));
            FtsSkillMatcher matcher = new FtsSkillMatcher();
            long total = 0;
            long max = 0;
            long skills = 0;
            for (Case c : cases) {
                List<Skill> kept = TokenBudget.cut(matcher.rank(c.task(), library), BUDGET);
                long bytes = kept.stream().mapToLong(s -> (TokenBudget.summary(s) + "\n").getBytes(StandardCharsets.UTF_8)
                        .length).sum();
                total += bytes;
                max = Math.max(max, bytes);
                skills += kept.size();
            }
            System.out.printf("  %6d skills: mean %6.0f bytes, max %5d bytes, mean %.1f skills per match%n",
                    library.size(), (double) total / cases.size(), max, (double) skills / cases.size());
            matcher.close();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
