package dev.hermod.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.Skill.Provenance;

class FtsSkillMatcherTest {

    private final FtsSkillMatcher matcher = new FtsSkillMatcher();

    @AfterEach
    void tearDown() {
        matcher.close();
    }

    private static Skill skill(String name, String description, List<String> triggers, List<String> tags, String body) {
        Map<String, Object> front = Map.of("name", name, "metadata", Map.of("hermes", Map.of("tags", tags)));
        return new Skill(name, description, "", "1.0.0", triggers, Provenance.USER, body, front, null, List.of());
    }

    private static final List<Skill> LIBRARY = List.of(
            skill("docker-cleanup", "Free disk space taken by stopped containers, dangling images and unused volumes.",
                    List.of("docker prune", "disk full"), List.of("docker", "disk"), "Run docker system df first."),
            skill("docker-build-cache", "Make image builds faster by ordering Dockerfile layers for cache reuse.",
                    List.of("slow docker build", "/\\bdockerfile\\b/"), List.of("docker", "build"), "Copy lock files first."),
            skill("git-bisect", "Find the commit that introduced a regression by binary search over history.",
                    List.of("which commit broke", "tool:terminal"), List.of("git", "debugging"), "git bisect start."),
            skill("web-5xx-triage", "Work out why a web service answers with server errors.",
                    List.of("/\\bHTTP\\s*5\\d\\d\\b/", "/(unclosed/"), List.of("web"), "Read the proxy log first."),
            skill("csv-cleanup", "Tidy a spreadsheet export: fix encodings, trim columns, drop duplicate rows.",
                    List.of(), List.of("data"), "Mention of kubernetes only in the body."));

    private List<String> names(String task, Collection<Skill> skills) {
        return matcher.rank(task, skills).stream().map(Skill::name).toList();
    }

    private List<String> names(String task) {
        return names(task, LIBRARY);
    }

    @Test
    void theBestMatchComesFirst() {
        assertEquals("git-bisect", names("find which commit introduced the regression").get(0));
        assertEquals("csv-cleanup", names("drop duplicate rows from the spreadsheet").get(0));
        assertEquals("docker-cleanup", names("remove dangling docker images to free disk space").get(0));
    }

    @Test
    void aFiredTriggerOutranksWordOverlap() {
        // "images", "containers" and "volumes" all point at docker-cleanup; the phrase trigger wins anyway
        assertEquals("docker-build-cache", names("slow docker build with many images, containers and volumes").get(0));
        assertEquals("git-bisect", names("Which commits broke checkout?").get(0), "phrase triggers are stemmed");
    }

    @Test
    void regexTriggersFireWithoutSharedWords() {
        assertEquals(List.of("web-5xx-triage"), names("upstream said http 502 again"));
        assertEquals(List.of("docker-build-cache"), names("the DOCKERFILE takes ages"));
        assertEquals(List.of(), names("http 404 again"), "the regex must match, not just the word");
    }

    @Test
    void anUnrelatedTaskMatchesNothing() {
        assertEquals(List.of(), names("bake a chocolate cake for the weekend"));
        assertEquals(List.of(), names("scale the kubernetes cluster"), "a word found only in a body is not enough");
        assertEquals(List.of(), names("what is it"), "stop words only");
        assertEquals(List.of(), names(""));
        assertEquals(List.of(), names(null));
    }

    @Test
    void contextTriggersAreParsedAndAreConditionsNotWords() {
        List<TriggerRule> rules = TriggerRule.parse(List.of("tool:terminal", "toolset: web", "git"), (t, r) -> { });
        assertEquals(List.of(TriggerRule.Kind.CONTEXT, TriggerRule.Kind.CONTEXT, TriggerRule.Kind.KEYWORD),
                rules.stream().map(TriggerRule::kind).toList());
        assertEquals(List.of(), names("terminal tool"));
    }

    @Test
    void aSkillWhoseToolsTheSessionLacksIsNotOffered() {
        List<Skill> library = List.of(
                skill("scrape-price-page", "Read the current price from a shop's product page.",
                        List.of("toolset:browser"), List.of(), ""),
                skill("price-from-api", "Read the current price of a product from the shop's API.",
                        List.of("tool:terminal"), List.of(), ""));
        String task = "what is the current price on the product page of the shop?";
        assertEquals(List.of("scrape-price-page", "price-from-api"), namesOf(matcher.rank(task, library)),
                "without a session, nothing is ruled out");
        assertEquals(List.of("price-from-api"), namesOf(matcher.rank(task, library, java.util.Set.of("terminal"),
                java.util.Set.of("terminal"))), "no browser toolset: the scraping skill cannot be followed");
        assertEquals(List.of(), namesOf(matcher.rank(task, library, java.util.Set.of("read_file"), java.util.Set.of("file"))));
        assertEquals(List.of("scrape-price-page", "price-from-api"), namesOf(matcher.rank(task, library,
                java.util.Set.of("terminal", "browser_open"), java.util.Set.of("terminal", "browser"))));
    }

    private static List<String> namesOf(List<Skill> skills) {
        return skills.stream().map(Skill::name).toList();
    }

    @Test
    void invalidRegexTriggersAreReportedAndSkipped() {
        List<String> problems = new ArrayList<>();
        List<TriggerRule> rules = TriggerRule.parse(List.of("/(unclosed/", "/ok/"), (t, r) -> problems.add(t + ": " + r));
        assertEquals(1, rules.size());
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void catastrophicRegexGivesUpInsteadOfHanging() {
        Skill evil = skill("evil", "Nothing useful.", List.of("/(a+)+$/"), List.of(), "");
        String task = "a".repeat(3_000) + "!";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals(List.of(), names(task, List.of(evil))));
    }

    @Test
    void awkwardInputIsReadAsPlainWords() {
        for (String task : List.of("\"docker\" AND prune*", "NEAR(docker prune) OR", "name: docker ^prune",
                "docker\" OR \"x", "(((", "*", "-docker", "dangling/images\\volumes")) {
            List<String> found = names(task);
            assertTrue(found.stream().allMatch(n -> n.startsWith("docker-")), task + " -> " + found);
        }
        assertEquals("docker-cleanup", names("\"docker\" AND prune* NEAR(disk)").get(0));
        assertEquals("docker-cleanup", names(("docker prune " + "zzz ").repeat(5_000)).get(0), "a huge task");
    }

    @Test
    void tiesGoByName() {
        Skill b = skill("beta-report", "Write the weekly status report.", List.of(), List.of(), "");
        Skill a = skill("alpha-report", "Write the weekly status report.", List.of(), List.of(), "");
        assertEquals(List.of("alpha-report", "beta-report"), names("weekly status report", List.of(b, a)));
    }

    @Test
    void theIndexFollowsTheLibraryIncrementally() {
        List<Skill> library = new ArrayList<>(LIBRARY);
        matcher.update(List.copyOf(library));
        assertEquals(LIBRARY.size(), matcher.writes());

        matcher.update(List.copyOf(library));
        assertEquals(LIBRARY.size(), matcher.writes(), "an equal library rewrites nothing");

        library.set(4, skill("csv-cleanup", "Repair broken kubernetes manifests.", List.of(), List.of(), ""));
        library.remove(0);
        library.add(skill("pdf-merge", "Merge several PDF files into one.", List.of(), List.of(), ""));
        assertEquals(List.of("csv-cleanup"), names("repair the kubernetes manifests", List.copyOf(library)));
        assertEquals(LIBRARY.size() + 2 + 1 + 1, matcher.writes(), "changed: delete + insert; removed; added");
        assertEquals(List.of("pdf-merge"), names("merge these pdf files", library));
        assertEquals(List.of(), names("drop duplicate rows from the spreadsheet", library), "old text is gone");
        assertEquals(List.of(), names("remove dangling docker images to free disk space", library).stream()
                .filter("docker-cleanup"::equals).toList(), "removed skills are gone");
    }

    @Test
    void aLargeLibraryStillReturnsAFewStrongMatchesNotATail() {
        List<Skill> many = new java.util.ArrayList<>(LIBRARY);
        for (int i = 0; i < 40; i++) {
            many.add(skill("docker-note-" + i, "Notes about docker number " + i + ".", List.of(), List.of(), ""));
        }

        List<String> found = names("docker disk space is full: clean up stopped containers and dangling images", many);

        assertEquals("docker-cleanup", found.get(0));
        assertTrue(found.size() <= FtsSkillMatcher.MAX_MATCHES, found.toString());
    }
}
