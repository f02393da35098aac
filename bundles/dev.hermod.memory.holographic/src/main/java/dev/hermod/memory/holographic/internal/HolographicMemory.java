package dev.hermod.memory.holographic.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.MemoryWrite;
import dev.hermod.api.memory.UserProfiles;
import dev.hermod.api.propertytypes.HermodMemory;
import dev.hermod.api.tool.Tool;

/**
 * The holographic memory provider: a local fact store recalled by full text, word overlap and
 * holographic vectors, kept apart per platform user. Off until its configuration exists.
 */
// immediate: it holds the open database, and an unopenable one should show in health() at start-up
@Component(service = MemoryProvider.class, configurationPid = "hermod.memory.holographic",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@HermodMemory(name = "holographic")
@Designate(ocd = HolographicMemoryConfig.class)
public final class HolographicMemory implements MemoryProvider {

    static final String NAME = "holographic";
    private static final Logger LOG = System.getLogger(HolographicMemory.class.getName());

    private final MemorySettings settings;
    private final FactDatabase database;
    private final FactEngine engine;
    private final String failure;
    private final List<Tool> tools;
    private final AtomicReference<UserProfiles> profiles = new AtomicReference<>();

    @Activate
    public HolographicMemory(BundleContext context, HolographicMemoryConfig config) {
        this(MemorySettings.of(config, home(context.getProperty("hermod.home"))), Clock.systemUTC());
    }

    HolographicMemory(MemorySettings settings, Clock clock) {
        this.settings = settings;
        FactDatabase opened = null;
        String problem = "";
        try {
            opened = FactDatabase.open(settings.database());
            LOG.log(Level.INFO, "Holographic memory open at {0}", settings.database());
        } catch (RuntimeException e) {
            problem = e.getMessage();
            LOG.log(Level.ERROR, problem, e);
        }
        this.database = opened;
        this.failure = problem;
        FactEncoder encoder = new FactEncoder(settings.dimension());
        this.engine = opened == null ? null : new FactEngine(new FactMemory(opened, settings.trust(), encoder, clock),
                new FactRecall(opened, settings, encoder, clock));
        FactEngine.Access access = this::engine;
        ProfileLink link = new ProfileLink(profiles::get);
        this.tools = List.of(new FactStoreTool(access, link), new FactFeedbackTool(access, link, settings.trust()));
    }

    @Deactivate
    void close() {
        if (database != null) database.close();
    }

    /** The built-in memory's user profiles, which fact_store enriches with facts tagged with a profile aspect. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetProfiles")
    void setProfiles(UserProfiles service) {
        profiles.set(service);
    }

    void unsetProfiles(UserProfiles service) {
        profiles.compareAndSet(service, null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MemoryHealth health() {
        return engine != null ? MemoryHealth.up() : MemoryHealth.down(failure);
    }

    @Override
    public String prefetch(MemoryContext context, String query, int tokenBudget) {
        if (engine == null || query == null || query.isBlank() || tokenBudget <= 0) return "";
        List<Scored> ranked = engine.recall().search(Scope.of(context), query, settings.recallLimit());
        List<Scored> shown = new ArrayList<>();
        String block = FactLines.block(ranked, (int) Math.min(Integer.MAX_VALUE, tokenBudget * 4L), shown);
        engine.recall().recalled(shown);
        return block;
    }

    /** Extracts nothing: facts come from the model through fact_store, so no turn text is stored here. */
    @Override
    public void syncTurn(MemoryContext context, String userText, String assistantText) {
        // deliberately empty: storing raw turns would keep whatever secrets a person typed
    }

    @Override
    public void memoryWritten(MemoryContext context, MemoryWrite write) {
        if (engine != null) engine.memory().mirror(Scope.of(context), write);
    }

    @Override
    public List<Tool> tools() {
        return tools;
    }

    @Override
    public String configSchema() {
        return ConfigSchema.JSON;
    }

    private FactEngine engine() {
        if (engine == null) throw new IllegalStateException("The holographic memory is unavailable: " + failure);
        return engine;
    }

    private static Path home(String frameworkProperty) {
        if (frameworkProperty != null && !frameworkProperty.isBlank()) return Path.of(frameworkProperty);
        String environment = System.getenv("HERMOD_HOME");
        if (environment != null && !environment.isBlank()) return Path.of(environment);
        return Path.of(System.getProperty("user.home"), ".hermod");
    }
}
