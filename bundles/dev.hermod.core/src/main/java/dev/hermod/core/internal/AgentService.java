package dev.hermod.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.AuxiliaryModel;
import dev.hermod.api.agent.TurnObserver;
import dev.hermod.api.agent.TurnRecord;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.RuntimeStatus;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.gateway.InboundMessage;
import dev.hermod.api.gateway.MessagingGateway;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryMirror;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.MemoryWrite;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.skill.SkillLibrary;
import dev.hermod.api.tool.Tool;

/**
 * The agent runtime. Tracks the plugin services (models, tools, memory providers, skills,
 * gateways) as a whiteboard; sessions snapshot tools and the provider chain when they start.
 */
@Component(service = {AgentRuntime.class, AuxiliaryModel.class, MemoryMirror.class}, immediate = true,
        configurationPid = "hermod.agent")
@Designate(ocd = AgentConfig.class)
public final class AgentService implements AgentRuntime, AuxiliaryModel, MemoryMirror {

    private static final System.Logger LOG = System.getLogger(AgentService.class.getName());

    private final SessionStore store;
    private final Path home;
    private final ModelRegistry models = new ModelRegistry();
    private final Problems problems = new Problems();
    private final MemoryMirroring mirroring = new MemoryMirroring(problems);
    private final Map<String, AgentSession> open = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong turnsRun = new AtomicLong();
    private final GatewayRouter gateways;
    private final TurnObservers observers = new TurnObservers(threads);
    private final Map<String, AgentSession> gatewaySessions = new ConcurrentHashMap<>();
    private final java.util.concurrent.ScheduledExecutorService sweeper =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("hermod-session-sweeper").factory());
    private volatile Engine engine;
    private final long activatedAt = System.nanoTime();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Tool> tools;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<MemoryProvider> memoryProviders;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile SkillLibrary skills;

    @Activate
    public AgentService(@Reference SessionStore store, BundleContext context, AgentConfig config) {
        this.store = store;
        this.home = Homes.of(context);
        this.gateways = new GatewayRouter(this, problems);
        modified(config);
        sweeper.scheduleWithFixedDelay(this::endIdleGatewaySessions, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
    }

    @Modified
    void modified(AgentConfig config) {
        this.engine = new Engine(config, store, threads, home, problems, () -> skills);
    }

    @Deactivate
    void deactivate() {
        try {
            if (!observers.drain(TurnObservers.STOP_WAIT)) {
                LOG.log(System.Logger.Level.WARNING, "stopping with turn observers still at work after "
                        + TurnObservers.STOP_WAIT.toSeconds() + " s (a skill review may be lost)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.values().forEach(s -> {
            TurnControl c = s.running;
            if (c != null) c.cancel();
            s.closeState();
        });
        open.clear();
        sweeper.shutdownNow();
        threads.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addModel(ChatModel model, Map<String, Object> properties) { models.add(model, properties); }

    void removeModel(ChatModel model) { models.remove(model); }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addGateway(MessagingGateway gateway) { gateways.add(gateway); }

    void removeGateway(MessagingGateway gateway) { gateways.remove(gateway); }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addObserver(TurnObserver observer) { observers.add(observer); }

    void removeObserver(TurnObserver observer) { observers.remove(observer); }

    @Override
    public ChatResponse complete(ChatRequest request, String purpose) {
        ChatResponse response = engine.complete(models, request);
        LOG.log(System.Logger.Level.DEBUG, () -> purpose + ": " + response.usage());
        return response;
    }

    /** The person's judgement of a session's last answer, for the turn observers. */
    void feedback(String sessionId, boolean positive, String comment) {
        observers.feedback(sessionId, positive, comment);
    }

    @Override
    public Conversation open(SessionOptions options) {
        awaitStartup(options.model() != null ? options.model() : engine.config.model());
        AgentSession session = engine.open(SessionSpec.of(options), models, toolSnapshot(), memorySnapshot(), skills != null);
        open.put(session.id, session);
        return new ConversationHandle(this, session);
    }

    /**
     * Right after start, configuration files are still being turned into services: a chat
     * started at once would find no model. Waits for the wanted provider, only in that window.
     */
    private void awaitStartup(String model) {
        long deadline = activatedAt + java.util.concurrent.TimeUnit.SECONDS.toNanos(engine.config.startup__wait__seconds());
        if (System.nanoTime() >= deadline) return;
        try {
            models.await(model, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens (or resumes the latest) session of a gateway chat. */
    AgentSession gatewaySession(InboundMessage message) {
        awaitStartup(engine.config.model()); // outside the lock: other chats must not wait for this one
        return gatewaySession(SessionKeys.of(message, engine.config.per__user__group__sessions()), message);
    }

    private synchronized AgentSession gatewaySession(String key, InboundMessage message) {
        AgentSession known = gatewaySessions.get(key);
        if (known != null) {
            known.lastActive = System.nanoTime(); // a message is on its way: not idle
            return known;
        }
        String resume = store.latest(key).map(i -> i.id()).orElse(null);
        AgentSession session = engine.open(SessionSpec.of(message, key, resume), models, toolSnapshot(), memorySnapshot(), skills != null);
        open.put(session.id, session);
        gatewaySessions.put(key, session);
        return session;
    }

    /** Ends gateway sessions idle for longer than the configuration allows; returns how many. */
    int endIdleGatewaySessions() {
        long idle = java.util.concurrent.TimeUnit.MINUTES.toNanos(engine.config.idle__session__minutes());
        int ended = 0;
        synchronized (this) {
            for (var entry : gatewaySessions.entrySet()) {
                AgentSession s = entry.getValue();
                if (s.running == null && System.nanoTime() - s.lastActive > idle && gatewaySessions.remove(entry.getKey(), s)) {
                    end(s);
                    ended++;
                }
            }
        }
        return ended;
    }

    @Override
    public boolean awaitBackgroundWork(java.time.Duration timeout) throws InterruptedException {
        return observers.drain(timeout);
    }

    @Override
    public CompletionStage<TurnResult> accept(InboundMessage message) {
        return gateways.accept(message);
    }

    CompletableFuture<TurnResult> submit(AgentSession session, String text, TurnListener listener) {
        return session.enqueue(() -> CompletableFuture.supplyAsync(() -> {
            TurnControl control = new TurnControl();
            session.running = control;
            session.lastActive = System.nanoTime();
            try {
                List<MemoryProvider> registered = memoryProviders;
                TurnRecord turn = engine.run(session, models, registered == null ? List.of() : registered, text, listener,
                        control);
                observers.turnEnded(turn);
                return turn.result();
            } finally {
                session.running = null;
                session.lastActive = System.nanoTime();
                turnsRun.incrementAndGet();
            }
        }, threads));
    }

    void end(AgentSession session) {
        open.remove(session.id);
        Engine e = engine;
        threads.execute(() -> e.end(session));
    }

    private Map<String, Tool> toolSnapshot() {
        Map<String, Tool> snapshot = new java.util.TreeMap<>();
        List<Tool> registered = tools;
        if (registered != null) for (Tool t : registered) snapshot.put(t.spec().name(), t);
        for (MemoryProvider p : memorySnapshot()) {
            String key = Problems.memoryKey(p, "tools");
            try {
                for (Tool t : p.tools()) snapshot.putIfAbsent(t.spec().name(), t);
                problems.clear(key);
            } catch (RuntimeException e) {
                problems.report(key, "listing its tools failed: " + e.getMessage());
            }
        }
        return snapshot;
    }

    /**
     * The built-in memory, then the one external provider the configuration names. Providers
     * that are registered but not chosen are not used; a chosen one that is missing is reported.
     */
    private List<MemoryProvider> memorySnapshot() {
        List<MemoryProvider> registered = memoryProviders == null ? List.of() : new ArrayList<>(memoryProviders);
        String wanted = engine.config.memory__provider();
        List<MemoryProvider> chosen = new ArrayList<>();
        registered.stream().filter(p -> "builtin".equals(p.name())).findFirst().ifPresent(chosen::add);
        if (!wanted.isBlank() && !"builtin".equals(wanted)) {
            registered.stream().filter(p -> wanted.equals(p.name())).findFirst().ifPresentOrElse(chosen::add,
                    () -> problems.report("memory", "the configured memory provider '" + wanted + "' is not available: "
                            + "install its bundle, check `hermod doctor`, or change memory_provider in etc/hermod.agent.cfg"));
            if (chosen.stream().anyMatch(p -> wanted.equals(p.name()))) problems.clear("memory");
        } else {
            problems.clear("memory"); // built-in only: a provider reported missing before is no longer wanted
        }
        return chosen;
    }

    /**
     * A change of the built-in memory, for the external providers the writing session uses; for a
     * context of no live session, for the provider the configuration names.
     */
    @Override
    public void written(MemoryContext context, MemoryWrite write) {
        AgentSession session = open.get(context.sessionId());
        mirroring.mirror(session != null ? session.memory : memorySnapshot(), context, write);
    }

    /** Health problems of the memory providers in use, one line each. */
    private List<String> memoryHealth() {
        List<String> out = new ArrayList<>();
        for (MemoryProvider p : memorySnapshot()) {
            try {
                MemoryHealth h = p.health();
                if (h.state() != MemoryHealth.State.UP) out.add("memory provider '" + p.name() + "' is " + h.state() + ": " + h.detail());
            } catch (RuntimeException e) {
                out.add("memory provider '" + p.name() + "' health check failed: " + e.getMessage());
            }
        }
        return out;
    }

    @Override
    public RuntimeStatus status() {
        Engine e = engine;
        List<String> names = models.names();
        String primary = e.config.model().isBlank() ? (names.isEmpty() ? "" : names.get(0)) : e.config.model();
        List<String> issues = new ArrayList<>(problems.list());
        issues.addAll(memoryHealth());
        if (names.isEmpty()) issues.add("no model provider is registered: run `hermod setup`");
        else if (!names.contains(primary)) issues.add("the configured model '" + primary + "' is not registered");
        return new RuntimeStatus(home.toString(), primary, names, toolSnapshot().keySet().stream().toList(),
                memorySnapshot().stream().map(MemoryProvider::name).toList(), gateways.platforms(),
                open.size(), turnsRun.get(), issues);
    }

    @Override
    public List<String> activeSessions() { return List.copyOf(open.keySet()); }

    @Override
    public Optional<String> lastSessionId(String sessionKey) {
        return store.latest(sessionKey).map(i -> i.id());
    }
}
