package dev.hermod.memory.builtin.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.MemoryWrite;
import dev.hermod.api.propertytypes.HermodMemory;

/**
 * The built-in memory provider: the session-start snapshot of MEMORY.md and USER.md for the system
 * prompt, and the writes of the {@code memory} tool.
 */
// immediate: it holds the per-session snapshots, which must outlive any one user of the service
@Component(service = {MemoryProvider.class, MemoryBook.class}, configurationPid = "hermod.memory.builtin", immediate = true)
@HermodMemory(name = "builtin")
@Designate(ocd = BuiltinMemoryConfig.class)
public final class BuiltinMemory implements MemoryProvider, MemoryBook {

    static final String NAME = "builtin";
    private static final Logger LOG = System.getLogger(BuiltinMemory.class.getName());

    private final MemoryStore store;
    private final MemoryLimits limits;
    private final boolean enabled;
    private final MemoryWriter writer;
    private final SnapshotCache snapshots = new SnapshotCache(1024);
    private final List<MemoryProvider> others = new CopyOnWriteArrayList<>();

    @Activate
    public BuiltinMemory(BundleContext context, BuiltinMemoryConfig config) {
        this(new FileMemoryStore(HermodHome.of(context.getProperty("hermod.home"), System.getenv("HERMOD_HOME"),
                        System.getProperty("user.home")).resolve("memories")),
                new MemoryLimits(config.memory__char__limit(), config.user__char__limit()), config.enabled());
    }

    BuiltinMemory(MemoryStore store, MemoryLimits limits, boolean enabled) {
        this.store = store;
        this.limits = limits;
        this.enabled = enabled;
        this.writer = new MemoryWriter(store, limits);
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
        return enabled ? MemoryHealth.up()
                : MemoryHealth.down("Built-in memory is disabled: set enabled=true in hermod.memory.builtin to use it.");
    }

    @Override
    public void initialize(MemoryContext context) {
        systemPromptBlock(context);
    }

    @Override
    public String systemPromptBlock(MemoryContext context) {
        if (!enabled) return "";
        return snapshots.get(context.sessionId(), () -> PromptSnapshot.take(store, limits));
    }

    @Override
    public void sessionEnd(MemoryContext context, List<ChatMessage> transcript) {
        snapshots.forget(context.sessionId());
    }

    @Override
    public WriteReport write(MemoryTarget target, MemoryEdit edit, MemoryContext context) {
        if (!enabled) return WriteReport.refused("Built-in memory is disabled (hermod.memory.builtin enabled=false).");
        WriteReport report = writer.write(target, edit);
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
}
