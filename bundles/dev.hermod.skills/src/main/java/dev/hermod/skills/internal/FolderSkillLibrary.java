package dev.hermod.skills.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.SkillLibrary;
import dev.hermod.api.skill.SkillSource;

/**
 * The skill library: SKILL.md folders (user, bundled, external) plus {@link SkillSource} services,
 * resolved by precedence, watched, and matched to tasks. Reads go to an immutable catalog that a
 * reload replaces, so they never block on a rescan.
 */
@Component(service = {SkillLibrary.class, FolderSkillLibrary.class}, configurationPid = "hermod.skills", immediate = true)
@Designate(ocd = SkillsConfig.class)
public final class FolderSkillLibrary implements SkillLibrary, Workshop {

    private static final System.Logger LOG = System.getLogger(FolderSkillLibrary.class.getName());
    static final Duration DEBOUNCE = Duration.ofMillis(200);

    private final SkillRoots roots;
    private final int defaultBudget;
    private final SkillMatcher matcher = new FtsSkillMatcher();
    private final List<SkillSource> sources = new CopyOnWriteArrayList<>();
    private final FolderWatcher watcher;
    private volatile SkillFolders.Scan folders;
    /** Held while the folders are scanned (seconds for a large library); match() never waits for it. */
    private final Object reloading = new Object();
    private volatile Catalog catalog = Catalog.EMPTY;
    private final SkillState state;
    private final SkillWriter writer;

    @Activate
    public FolderSkillLibrary(SkillsConfig config, BundleContext context) {
        this(config, SkillRoots.of(config, HermodHome.of(context), context.getProperty("hermod.skills.bundled")),
                statePath(config, HermodHome.of(context)), true);
    }

    /** For tests: explicit folders, with or without the watcher. */
    FolderSkillLibrary(SkillsConfig config, SkillRoots roots, boolean watch) {
        this(config, roots, null, watch);
    }

    /**
     * @param stateFile state.db, or null for a library without a ledger (no history, approvals or
     *        writes: the benchmarks and parsing tests)
     */
    FolderSkillLibrary(SkillsConfig config, SkillRoots roots, Path stateFile, boolean watch) {
        this.roots = roots;
        this.state = stateFile == null ? null : new SkillState(stateFile);
        this.writer = state == null ? null : new SkillWriter(this, state);
        this.defaultBudget = config.match__token__budget() > 0 ? config.match__token__budget() : 1500;
        createUserFolder(roots.user());
        this.folders = SkillFolders.scan(roots);
        rebuild();
        this.watcher = watch ? startWatcher() : null;
    }

    @Deactivate
    void deactivate() {
        if (watcher != null) {
            watcher.close();
        }
        matcher.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(SkillSource source) {
        sources.add(source);
        rebuild();
    }

    void removeSource(SkillSource source) {
        sources.remove(source);
        rebuild();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEmbeddingModel(dev.hermod.api.embedding.EmbeddingModel model) {
        matcher.useEmbeddings(model);
    }

    void unsetEmbeddingModel(dev.hermod.api.embedding.EmbeddingModel model) {
        matcher.dropEmbeddings(model);
    }

    private static Path statePath(SkillsConfig config, Path home) {
        return home.resolve(config.state__path().isBlank() ? "state.db" : config.state__path());
    }

    /** The ledger in state.db: usage, confidence, versions, events, approvals. */
    SkillState state() {
        if (state == null) throw new IllegalStateException("this library has no state database");
        return state;
    }

    /** The validated, scanned writer for the agent's changes. */
    SkillWriter writer() {
        if (writer == null) throw new IllegalStateException("this library has no state database, so it cannot write skills");
        return writer;
    }

    @Override
    public Path userRoot() {
        return roots.user();
    }

    @Override
    public Optional<Skill> skill(String name) {
        return get(name);
    }

    @Override
    public Optional<Path> quarantinedFolder(String name) {
        // also a bundle's skill, whose location names its source: the folder is its extracted copy
        return catalog.quarantined().stream().filter(b -> b.name().equals(name) && b.folder() != null)
                .map(BlockedSkill::folder).findFirst();
    }

    @Override
    public List<Skill> list() {
        return List.copyOf(catalog.skills().values());
    }

    @Override
    public Optional<Skill> get(String name) {
        return Optional.ofNullable(name).map(catalog.skills()::get);
    }

    @Override
    public List<Skill> match(String task, int tokenBudget) {
        return TokenBudget.cut(matcher.rank(task, catalog.skills().values()), tokenBudget > 0 ? tokenBudget : defaultBudget);
    }

    @Override
    public List<Skill> match(String task, int tokenBudget, Set<String> tools, Set<String> toolsets) {
        return TokenBudget.cut(matcher.rank(task, catalog.skills().values(), tools, toolsets),
                tokenBudget > 0 ? tokenBudget : defaultBudget);
    }

    /** How tasks are matched now, for operators ({@code hermod skills stats}). */
    String matching() {
        return matcher.describe(catalog.skills().values());
    }


    @Override
    public String readFile(String skill, String path) {
        Skill found = get(skill).orElseThrow(() -> new IllegalArgumentException("no skill named '" + skill + "'"));
        if (found.directory() == null) {
            throw new IllegalArgumentException("skill '" + skill + "' comes from a skill source and has no folder, "
                    + "so it has no supporting files");
        }
        try {
            return SupportingFiles.read(found.directory(), path);
        } catch (ServedText.Blocked e) {
            // The operator approved this folder exactly as it is now, findings and all: serve it. Any
            // change since then changes the digest, and the scan blocks again.
            if (approvedAsItIs(found)) return e.text();
            throw e;
        }
    }

    private boolean approvedAsItIs(Skill skill) {
        try {
            return state != null && state.approved(skill.name(), FolderOps.digest(skill.directory()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot check the approval of skill '" + skill.name() + "': " + e.getMessage());
            return false;
        }
    }

    /**
     * The skills that were skipped at the last reload, with file and reason. Public for the shell and
     * doctor of this bundle's future; not part of the API.
     */
    public List<SkillProblem> problems() {
        return catalog.problems();
    }

    /**
     * The skills the safety scanner blocked at the last reload, with every finding. For the operator
     * (shell, doctor); never shown to the model. Not part of the API.
     */
    public List<BlockedSkill> blocked() {
        return catalog.quarantined();
    }

    @Override
    public List<dev.hermod.api.skill.QuarantinedSkill> quarantined() {
        return blocked().stream().map(b -> new dev.hermod.api.skill.QuarantinedSkill(b.name(), b.location(),
                b.findings().stream().map(ScanFinding::toString).toList())).toList();
    }

    /** Rescans the folders and rebuilds the catalog; called by the watcher and after every write. */
    @Override
    public void reload() {
        synchronized (reloading) { // one scan at a time: an older scan never overwrites a newer one
            folders = SkillFolders.scan(roots);
            rebuild();
        }
    }

    private synchronized void rebuild() {
        SkillFolders.Scan scan = folders;
        List<Candidate> candidates = new ArrayList<>(scan.candidates());
        List<SkillProblem> problems = new ArrayList<>(scan.problems());
        for (SkillSource source : sources) {
            SkillSources.collect(source, candidates, problems);
        }
        Quarantine.Screened screened = Quarantine.screen(candidates, this::approved);
        Catalog next = SkillResolver.resolve(screened.clean(), problems).withQuarantined(screened.blocked());
        List<SkillProblem> known = catalog.problems();
        next.problems().stream().filter(p -> !known.contains(p)).forEach(p -> LOG.log(Level.WARNING, "skill skipped: " + p));
        List<BlockedSkill> held = catalog.quarantined();
        next.quarantined().stream().filter(q -> !held.contains(q)).forEach(q -> LOG.log(Level.WARNING,
                "skill '" + q.name() + "' at " + q.location() + " is quarantined by the safety scanner: " + q.findings()));
        matcher.update(next.skills().values()); // index before publishing, so match() finds the index current
        Catalog previous = catalog;
        catalog = next;
        recordChangedFiles(previous, next);
        LOG.log(Level.DEBUG, "skill library holds " + next.skills().size() + " skills");
    }

    /** The operator approved this quarantined folder exactly as it is now. */
    private boolean approved(Candidate candidate) {
        return candidate.skill().directory() != null && approvedAsItIs(candidate.skill());
    }

    /**
     * Records a version for each skill in the user folder that changed on disk, so edits made by hand
     * have a history (and a rollback) too. Writes by the agent recorded their version already.
     */
    private void recordChangedFiles(Catalog previous, Catalog next) {
        if (state == null) return;
        for (Skill skill : next.skills().values()) {
            if (skill.directory() == null || !skill.directory().startsWith(roots.user())
                    || skill.equals(previous.skills().get(skill.name()))) continue;
            try {
                String text = Files.readString(skill.directory().resolve(SkillFolderScanner.SKILL_FILE));
                state.recordVersion(skill.name(), text, "file", "seen on disk", "");
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot record the version of skill '" + skill.name() + "': " + e.getMessage());
            }
        }
    }

    private FolderWatcher startWatcher() {
        try {
            return new FolderWatcher(roots.all().stream().map(SkillRoots.Root::path).toList(), DEBOUNCE, this::reload);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "skills folders are not watched (" + e + "); changes need a restart");
            return null;
        }
    }

    private static void createUserFolder(Path user) {
        try {
            Files.createDirectories(user);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot create the user skills folder " + user + ": " + e);
        }
    }
}
