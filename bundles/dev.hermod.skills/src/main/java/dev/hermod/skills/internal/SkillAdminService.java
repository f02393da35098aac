package dev.hermod.skills.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.hermod.api.skill.QuarantinedSkill;
import dev.hermod.api.skill.Skill.Provenance;
import dev.hermod.api.skill.SkillAdmin;
import dev.hermod.api.skill.SkillStatus;
import dev.hermod.api.skill.SkillStatus.State;
import dev.hermod.api.skill.SkillVersion;

/** The operator's side of the skill loop, and the timer that runs curation. */
@Component(service = SkillAdmin.class, immediate = true)
public final class SkillAdminService implements SkillAdmin {

    private static final System.Logger LOG = System.getLogger(SkillAdminService.class.getName());
    /** The operator, who may change the user's skills too. */
    private static final SkillWriter.Author OPERATOR = new SkillWriter.Author("operator", "", true);

    private final FolderSkillLibrary library;
    private final SkillLoop loop;
    private final ScheduledExecutorService timer;

    @Activate
    public SkillAdminService(@Reference FolderSkillLibrary library, @Reference SkillLoop loop) {
        this.library = library;
        this.loop = loop;
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("hermod-skill-curation").factory());
        timer.scheduleWithFixedDelay(() -> curateIfDue(Instant.now()), 1, CHECK_MINUTES, TimeUnit.MINUTES);
    }

    /** How often the timer looks whether curation is due; the interval itself is read each time. */
    static final long CHECK_MINUTES = 10;
    /** The ledger entry of a curation run: its time survives restarts, so a daily restart still curates. */
    static final String LIBRARY = "(library)";

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    /**
     * Curates when {@code curate_interval_hours} (read now, so a change applies live; 0 turns it off)
     * have passed since the last run recorded in state.db, or when none ever ran; true when it ran.
     */
    boolean curateIfDue(Instant now) {
        int hours = loop.config().curate__interval__hours();
        if (hours <= 0) return false;
        try {
            Optional<Instant> last = library.state().lastEvent(LIBRARY, "curated");
            if (last.isPresent() && last.get().plus(java.time.Duration.ofHours(hours)).isAfter(now)) return false;
            LOG.log(Level.INFO, curateNow(now));
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "skill curation failed: " + e.getMessage(), e);
            return false;
        }
    }

    @Override
    public List<SkillStatus> skills() {
        List<SkillStatus> out = new ArrayList<>();
        library.list().forEach(s -> out.add(status(s.name(), s.provenance(), State.ACTIVE,
                s.directory() == null ? "" : s.directory().toString())));
        library.blocked().forEach(b -> out.add(status(b.name(), b.provenance(), State.QUARANTINED, b.location())));
        held(SkillWriter.QUARANTINE).forEach(c -> out.add(status(c.name(), provenance(c), State.QUARANTINED, c.folder().toString())));
        held(SkillWriter.ARCHIVE).forEach(c -> out.add(status(c.name(), provenance(c), State.RETIRED, c.folder().toString())));
        out.sort(Comparator.comparing(SkillStatus::name).thenComparing(SkillStatus::state));
        return out;
    }

    @Override
    public Optional<SkillStatus> skill(String name) {
        return skills().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public List<QuarantinedSkill> quarantined() {
        List<QuarantinedSkill> out = new ArrayList<>(library.quarantined());
        held(SkillWriter.QUARANTINE).forEach(c -> out.add(new QuarantinedSkill(c.name(), c.folder().toString(), findings(c))));
        return out;
    }

    @Override
    public List<SkillVersion> history(String name) {
        return library.state().versions(name);
    }

    @Override
    public String diff(String name, int fromVersion, int toVersion) {
        List<SkillVersion> versions = history(name);
        return UnifiedDiff.of(content(versions, name, fromVersion), content(versions, name, toVersion),
                name + " v" + fromVersion, name + " v" + toVersion);
    }

    @Override
    public String matching() {
        return library.matching();
    }

    @Override
    public String approve(String name) {
        return library.writer().approve(name, OPERATOR).message();
    }

    @Override
    public String retire(String name, String reason) {
        return library.writer().retire(name, OPERATOR,
                reason == null || reason.isBlank() ? "retired by the operator" : reason).message();
    }

    @Override
    public String restore(String name) {
        return library.writer().restore(name, OPERATOR).message();
    }

    @Override
    public String rollback(String name, int version) {
        String content = content(history(name), name, version);
        return library.writer().edit(name, content, OPERATOR, "rollback to version " + version)
                .message();
    }

    @Override
    public String curate() {
        return curateNow(Instant.now());
    }

    /** Runs curation and records it, so the timer counts the operator's runs too. */
    private String curateNow(Instant now) {
        String report = new SkillCurator(library, loop.config(), loop.model).curate(now);
        library.state().event(LIBRARY, "curated", report, "", now);
        return report;
    }

    /** The loop's recent events, newest first, for the operator's stats. */
    List<SkillState.Event> events(String name, int limit) {
        return library.state().events(name, limit);
    }

    private SkillStatus status(String name, Provenance provenance, State state, String location) {
        Optional<SkillState.Usage> usage = library.state().usage(name);
        double trust = usage.map(u -> loop.confidence().decayed(u.confidence(), u.lastUsed(), u.firstSeen(), Instant.now()))
                .orElse(Confidence.initial(provenance));
        List<SkillVersion> versions = library.state().versions(name);
        return new SkillStatus(name, provenance, state, trust, usage.map(SkillState.Usage::uses).orElse(0),
                usage.map(SkillState.Usage::successes).orElse(0), usage.map(SkillState.Usage::failures).orElse(0),
                usage.map(SkillState.Usage::lastUsed).orElse(null), versions.isEmpty() ? 0 : versions.get(versions.size() - 1).number(),
                location);
    }

    private List<HeldCopies.Copy> held(String folder) {
        return HeldCopies.in(library.userRoot().resolve(folder));
    }

    private static Provenance provenance(HeldCopies.Copy copy) {
        return copy.skill() == null ? Provenance.AGENT : copy.skill().provenance();
    }

    /** Why a copy the agent wrote is held: scanned again as it lies, else what was recorded when it was held. */
    private List<String> findings(HeldCopies.Copy copy) {
        List<String> now = copy.skill() == null ? List.of()
                : SkillScanner.scan(copy.skill()).stream().map(ScanFinding::toString).toList();
        if (!now.isEmpty()) return now;
        String held = library.userRoot().relativize(copy.folder()).toString();
        return library.state().events(copy.name(), 50).stream().filter(e -> e.kind().equals("quarantined"))
                .filter(e -> e.detail().endsWith("(held in " + held + ")") || !e.detail().contains("(held in "))
                .findFirst().map(e -> List.of("when written: " + e.detail()))
                .orElse(List.of(copy.skill() == null ? "its SKILL.md no longer parses" : "no finding now"));
    }

    private static String content(List<SkillVersion> versions, String name, int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst().map(SkillVersion::content)
                .orElseThrow(() -> new IllegalArgumentException("skill '" + name + "' has no version " + number
                        + (versions.isEmpty() ? "" : "; it has 1.." + versions.get(versions.size() - 1).number())));
    }

}
