package dev.hermod.core.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import dev.hermod.api.agent.TurnListener;
import dev.hermod.api.agent.TurnRecord;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.llm.ChatRequest;
import dev.hermod.api.llm.ChatResponse;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.skill.SkillLibrary;
import dev.hermod.api.tool.Tool;

/**
 * The parts of the runtime that follow its configuration. Replaced as a whole when the
 * configuration changes, so a running turn keeps the engine it started with.
 */
final class Engine {
    final AgentConfig config;
    private final SessionFactory sessions;
    private final TurnRunner runner;
    private final Redactor redactor;
    private final ModelCaller caller;

    Engine(AgentConfig config, SessionStore store, ExecutorService threads, Path home, Problems problems,
           Supplier<SkillLibrary> skills) {
        this.config = config;
        this.redactor = new Redactor(System.getenv(), config.redact__secrets());
        this.caller = new ModelCaller(config.max__retries(), config.retry__base__delay__ms(), config.retry__max__delay__ms());
        var tools = new ToolExecutor(threads, redactor, home);
        var compressor = new ContextCompressor(caller, new MemoryFlush(caller, tools), config.compression__threshold(),
                config.compression__keep__recent());
        var augmenter = new TurnContextAugmenter(skills, problems, config.recall__token__budget(), config.skill__token__budget());
        this.runner = new TurnRunner(store, caller, tools, compressor, augmenter, config.max__iterations());
        Path wd = config.working__directory().isBlank() ? Path.of("").toAbsolutePath() : Path.of(config.working__directory());
        this.sessions = new SessionFactory(store, new PromptBuilder(home), problems, wd);
    }

    AgentSession open(SessionSpec spec, ModelRegistry models, Map<String, Tool> tools, List<MemoryProvider> memory,
                      boolean skillsAvailable) {
        List<ChatModel> chain = models.chain(spec.model(), config.model(), List.of(config.fallback__models()));
        return sessions.open(spec, chain, tools, memory, skillsAvailable);
    }

    void end(AgentSession session) { sessions.end(session); }

    /** One completion outside any session, on the configured primary and its fallbacks. */
    ChatResponse complete(ModelRegistry models, ChatRequest request) {
        List<ChatModel> chain;
        try {
            chain = models.chain(null, config.model(), List.of(config.fallback__models()));
        } catch (IllegalStateException e) {
            throw new dev.hermod.api.llm.ModelException(dev.hermod.api.llm.ModelException.Kind.BAD_REQUEST, e.getMessage(), e);
        }
        return caller.call(chain, request, null, new TurnControl()).response();
    }

    TurnRecord run(AgentSession session, ModelRegistry models, List<dev.hermod.api.memory.MemoryProvider> memoryProviders,
                   String text, TurnListener listener, TurnControl control) {
        List<ChatModel> live = models.resolve(session.modelNames);
        if (live.isEmpty()) {
            String why = "the model provider '" + session.modelNames.get(0) + "' of this session is no longer available;"
                    + " start a new session (/new) to use the current one";
            String redacted = redactor.redact(text);
            return new TurnRecord(session.id, session.key, redacted,
                    new TurnResult(session.id, TurnResult.Outcome.FAILED, why, 0, 0, null, ""), List.of(), List.of(), List.of());
        }
        if (live.size() < session.modelNames.size() && listener != null) {
            listener.onNotice("Some fallback providers of this session are gone; using " + live.stream().map(ChatModel::name).toList());
        }
        session.models = live;
        session.dropGone(memoryProviders);
        MemoryNotices.beforeTurn(session, config.memory__provider(), listener);
        return runner.run(session, redactor.redact(text), listener, control);
    }
}
