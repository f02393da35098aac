package dev.hermod.memory.builtin.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.embedding.EmbeddingModel;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.memory.ArchiveStatus;
import dev.hermod.api.memory.ArchivedChange;
import dev.hermod.api.memory.MemoryArchiveView;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryMirror;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.MemorySearchHit;
import dev.hermod.api.memory.MemoryWrite;
import dev.hermod.api.memory.PinnedFile;
import dev.hermod.api.memory.PinnedMemory;
import dev.hermod.api.memory.ProfileAspect;
import dev.hermod.api.memory.ProfileChange;
import dev.hermod.api.memory.UserProfile;
import dev.hermod.api.memory.UserProfiles;
import dev.hermod.api.propertytypes.HermodMemory;

/**
 * The built-in memory provider: the session-start snapshot of the caller's MEMORY.md (their own on
 * a gateway unless {@code shared_agent_notes}), USER.md and profile for the system prompt, the writes of the {@code memory} tool (archived in state.db), the
 * user profiles, and recall over the archive and past sessions (with embeddings when a model is
 * registered).
 */
// immediate: it holds the per-session snapshots, which must outlive any one user of the service
@Component(service = {MemoryProvider.class, MemoryBook.class, PinnedMemory.class, UserProfiles.class,
        MemoryArchiveView.class}, configurationPid = "hermod.memory.builtin", immediate = true)
@HermodMemory(name = "builtin")
@Designate(ocd = BuiltinMemoryConfig.class)
public final class BuiltinMemory implements MemoryProvider, MemoryBook, PinnedMemory, UserProfiles, MemoryArchiveView {

    static final String NAME = "builtin";
    private static final Logger LOG = System.getLogger(BuiltinMemory.class.getName());

    private final BuiltinSettings settings;
    private final FileMemoryStore store;
    private final StateDatabase database;
    private final SqliteArchive archive;
    private final SessionRecall sessions;
    private final MemoryWriter writer;
    private final Recall recall;
    private final Profiles profiles;
    private final EntryHistory history;
    private final VectorStore vectors;
    private final EmbeddingIndexer indexer;
    private final SnapshotCache snapshots = new SnapshotCache(1024);
    private final SessionViews views = new SessionViews(1024);
    private final AtomicReference<MemoryMirror> mirror = new AtomicReference<>();
    private final AtomicReference<EmbeddingModel> embeddings = new AtomicReference<>();

    @Activate
    public BuiltinMemory(BundleContext context, BuiltinMemoryConfig config) {
        this(BuiltinSettings.of(HermodHome.of(context.getProperty("hermod.home"), System.getenv("HERMOD_HOME"),
                System.getProperty("user.home")), config));
    }

    /** The memory of {@code home} with the archive in {@code home/state.db}. */
    BuiltinMemory(java.nio.file.Path home, MemoryLimits limits, boolean enabled) {
        this(BuiltinSettings.defaults(home, limits, enabled));
    }

    BuiltinMemory(BuiltinSettings settings) {
        this.settings = settings;
        this.store = new FileMemoryStore(settings.home().resolve("memories"));
        this.database = new StateDatabase(settings.stateFile(), settings.busyTimeoutMs());
        this.archive = new SqliteArchive(database);
        this.sessions = new SessionRecall(settings.stateFile(), settings.busyTimeoutMs());
        this.writer = new MemoryWriter(store, archive, settings.limits(), views, settings.sharedAgentNotes());
        this.profiles = new Profiles(new ProfileLog(database));
        this.history = new EntryHistory(archive);
        this.vectors = new VectorStore(database);
        this.indexer = new EmbeddingIndexer(vectors, this::embeddingModel);
        this.recall = new Recall(store, archive, sessions, new SemanticRecall(this::embeddingModel, indexer, archive,
                sessions, settings.minSimilarity()), settings.semanticHits());
    }

    @Deactivate
    void close() {
        indexer.close();
        store.close();
        database.close();
        sessions.close();
    }

    /**
     * The runtime's mirror, which passes each change on to the external providers in use: only the
     * runtime knows which those are ({@code memory_provider} of {@code hermod.agent}, per session).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetMirror")
    void setMirror(MemoryMirror service) {
        mirror.set(service);
    }

    void unsetMirror(MemoryMirror service) {
        mirror.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeEmbeddings")
    void setEmbeddings(EmbeddingModel model) {
        embeddings.set(model);
        indexer.request();
    }

    void removeEmbeddings(EmbeddingModel model) {
        embeddings.compareAndSet(model, null);
    }

    /** The embedding model recall uses: the registered one, unless embedding recall is off or memory is disabled. */
    private EmbeddingModel embeddingModel() {
        return settings.enabled() && settings.embeddings() ? embeddings.get() : null;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MemoryHealth health() {
        if (!settings.enabled()) {
            return MemoryHealth.down("Built-in memory is disabled: set enabled=true in hermod.memory.builtin to use it.");
        }
        return MemoryStatus.of(store, settings.limits(), settings.sharedAgentNotes(), writer.archiveProblem(),
                embeddingModel() == null ? "" : indexer.problem());
    }

    @Override
    public void initialize(MemoryContext context) {
        systemPromptBlock(context);
    }

    @Override
    public String systemPromptBlock(MemoryContext context) {
        if (!settings.enabled()) return "";
        MemoryScope scope = scope(context.platform(), context.userId());
        return snapshots.get(context.sessionId(), () -> {
            Map<MemoryTarget, List<String>> files = new EnumMap<>(MemoryTarget.class);
            for (MemoryTarget target : MemoryTarget.values()) {
                List<String> entries = store.entries(target, scope);
                views.saw(context.sessionId(), target, entries); // what a consolidation of this session builds on
                files.put(target, entries);
            }
            return PromptSnapshot.take(files, settings.limits(), profileSection(scope));
        });
    }

    private String profileSection(MemoryScope scope) {
        try {
            return ProfileBlock.render(profiles.get(scope.platform(), scope.userId()).facts(), settings.profileChars());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The user profile is left out of the prompt: " + e.getMessage(), e);
            return "";
        }
    }

    @Override
    public String prefetch(MemoryContext context, String query, int tokenBudget) {
        if (!settings.enabled()) return "";
        return recall.prefetch(scope(context.platform(), context.userId()), context.sessionId(), query, tokenBudget);
    }

    /** Whose files and archive rows a call of {@code platform}/{@code userId} reaches, as configured. */
    private MemoryScope scope(String platform, String userId) {
        return new MemoryScope(platform, userId, settings.sharedAgentNotes());
    }

    @Override
    public void sessionEnd(MemoryContext context, List<ChatMessage> transcript) {
        snapshots.forget(context.sessionId());
        views.forget(context.sessionId());
        indexer.request();
    }

    @Override
    public WriteReport write(MemoryTarget target, MemoryEdit edit, String reason, MemoryContext context) {
        if (!settings.enabled()) {
            return WriteReport.refused("Built-in memory is disabled (hermod.memory.builtin enabled=false).");
        }
        WriteReport report = writer.write(target, edit, reason, context);
        mirror(context, report.changes());
        if (report.status() != EditOutcome.Status.REFUSED) indexer.request();
        return report;
    }

    /** The runtime reports a provider that fails to take a change (status); this only guards the write. */
    private void mirror(MemoryContext context, List<MemoryWrite> changes) {
        MemoryMirror m = mirror.get();
        if (m == null) return;
        for (MemoryWrite change : changes) {
            try {
                m.written(context, change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The memory mirror failed to take a built-in memory write", e);
            }
        }
    }

    @Override
    public List<PinnedFile> files(String platform, String userId) {
        MemoryScope scope = scope(platform, userId);
        List<PinnedFile> out = new ArrayList<>();
        for (MemoryTarget target : MemoryTarget.values()) {
            List<String> entries = store.entries(target, scope);
            out.add(new PinnedFile(target.fileName(), entries, EntryFormat.size(entries), settings.limits().of(target),
                    Files.exists(store.path(target, scope))));
        }
        return out;
    }

    @Override
    public UserProfile get(String platform, String userId) {
        return profiles.get(platform, userId);
    }

    @Override
    public Optional<ProfileChange> put(MemoryContext who, ProfileAspect aspect, String key, String value,
            String source, String reason) {
        return profiles.put(who, aspect, key, value, source, reason);
    }

    @Override
    public Optional<ProfileChange> remove(MemoryContext who, ProfileAspect aspect, String key, String source,
            String reason) {
        return profiles.remove(who, aspect, key, source, reason);
    }

    @Override
    public List<ProfileChange> history(String platform, String userId) {
        return profiles.history(platform, userId);
    }

    @Override
    public List<MemorySearchHit> search(String platform, String userId, String query, int limit) {
        return recall.search(scope(platform, userId), query, limit).stream()
                .map(RecallHit::toSearchHit).toList();
    }

    @Override
    public List<ArchivedChange> history(String platform, String userId, String entry) {
        return history.of(scope(platform, userId), entry);
    }

    @Override
    public ArchiveStatus status() {
        EmbeddingModel model = embeddingModel();
        String id = model == null ? "" : model.id();
        long embedded = model == null ? 0 : indexer.ready(model).map(VectorIndex::size).orElse(0);
        return new ArchiveStatus(archive.count(), profiles.changes(), id, embedded,
                model == null ? 0 : vectors.embeddable(), model == null ? "" : indexer.problem());
    }
}
