package dev.hermod.memory.builtin.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
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

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.PinnedFile;
import dev.hermod.api.memory.PinnedMemory;
import dev.hermod.api.memory.MemoryWrite;
import dev.hermod.api.propertytypes.HermodMemory;

/**
 * The built-in memory provider: the session-start snapshot of MEMORY.md and the caller's USER.md
 * for the system prompt, the writes of the {@code memory} tool (archived in state.db), and recall
 * over the archive and past sessions.
 */
// immediate: it holds the per-session snapshots, which must outlive any one user of the service
@Component(service = {MemoryProvider.class, MemoryBook.class, PinnedMemory.class}, configurationPid = "hermod.memory.builtin", immediate = true)
@HermodMemory(name = "builtin")
@Designate(ocd = BuiltinMemoryConfig.class)
public final class BuiltinMemory implements MemoryProvider, MemoryBook, PinnedMemory {

    static final String NAME = "builtin";
    private static final Logger LOG = System.getLogger(BuiltinMemory.class.getName());

    private final FileMemoryStore store;
    private final SqliteArchive archive;
    private final SessionRecall sessions;
    private final MemoryLimits limits;
    private final boolean enabled;
    private final MemoryWriter writer;
    private final Recall recall;
    private final SnapshotCache snapshots = new SnapshotCache(1024);
    private final List<MemoryProvider> others = new CopyOnWriteArrayList<>();

    @Activate
    public BuiltinMemory(BundleContext context, BuiltinMemoryConfig config) {
        this(HermodHome.of(context.getProperty("hermod.home"), System.getenv("HERMOD_HOME"),
                System.getProperty("user.home")), config);
    }

    private BuiltinMemory(Path home, BuiltinMemoryConfig config) {
        this(home, home.resolve(config.state__path().isBlank() ? "state.db" : config.state__path()),
                new MemoryLimits(config.memory__char__limit(), config.user__char__limit()), config.enabled(),
                config.busy__timeout__ms());
    }

    /** The memory of {@code home} with the archive in {@code home/state.db}. */
    BuiltinMemory(Path home, MemoryLimits limits, boolean enabled) {
        this(home, home.resolve("state.db"), limits, enabled, 5000);
    }

    BuiltinMemory(Path home, Path stateFile, MemoryLimits limits, boolean enabled, int busyTimeoutMs) {
        this.store = new FileMemoryStore(home.resolve("memories"));
        this.archive = new SqliteArchive(stateFile, busyTimeoutMs);
        this.sessions = new SessionRecall(stateFile, busyTimeoutMs);
        this.limits = limits;
        this.enabled = enabled;
        this.writer = new MemoryWriter(store, archive, limits);
        this.recall = new Recall(store, archive, sessions);
    }

    @Deactivate
    void close() {
        store.close();
        archive.close();
        sessions.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeProvider",
            target = "(!(hermod.memory.name=" + NAME + "))")
    void addProvider(MemoryProvider provider) {
        if (provider != this) others.add(provider);
    }

    void removeProvider(MemoryProvider provider) {
        others.remove(provider);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MemoryHealth health() {
        if (!enabled) {
            return MemoryHealth.down("Built-in memory is disabled: set enabled=true in hermod.memory.builtin to use it.");
        }
        return MemoryStatus.of(store, limits, writer.archiveProblem());
    }

    @Override
    public void initialize(MemoryContext context) {
        systemPromptBlock(context);
    }

    @Override
    public String systemPromptBlock(MemoryContext context) {
        if (!enabled) return "";
        return snapshots.get(context.sessionId(), () -> PromptSnapshot.take(store, MemoryScope.of(context), limits));
    }

    @Override
    public String prefetch(MemoryContext context, String query, int tokenBudget) {
        return enabled ? recall.prefetch(context, query, tokenBudget) : "";
    }

    @Override
    public void sessionEnd(MemoryContext context, List<ChatMessage> transcript) {
        snapshots.forget(context.sessionId());
    }

    @Override
    public WriteReport write(MemoryTarget target, MemoryEdit edit, String reason, MemoryContext context) {
        if (!enabled) return WriteReport.refused("Built-in memory is disabled (hermod.memory.builtin enabled=false).");
        WriteReport report = writer.write(target, edit, reason, context);
        if (report.status() == EditOutcome.Status.CHANGED) {
            notifyOthers(context, new MemoryWrite(edit.action(), target.id(), edit.content(), report.affected()));
        }
        return report;
    }

    private void notifyOthers(MemoryContext context, MemoryWrite write) {
        for (MemoryProvider provider : others) {
            try {
                provider.memoryWritten(context, write);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Memory provider " + provider.name() + " failed to take a built-in memory write",
                        e);
            }
        }
    }

    @Override
    public List<PinnedFile> files(String platform, String userId) {
        MemoryScope scope = new MemoryScope(platform, userId);
        List<PinnedFile> out = new java.util.ArrayList<>();
        for (MemoryTarget target : MemoryTarget.values()) {
            List<String> entries = store.entries(target, scope);
            out.add(new PinnedFile(target.fileName(), entries, EntryFormat.size(entries), limits.of(target),
                    java.nio.file.Files.exists(store.path(target, scope))));
        }
        return out;
    }
}
