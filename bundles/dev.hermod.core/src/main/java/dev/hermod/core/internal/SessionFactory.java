package dev.hermod.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.session.NewSession;
import dev.hermod.api.session.SessionInfo;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.session.StoredMessage;
import dev.hermod.api.tool.Tool;

/** Opens, resumes and ends sessions: the snapshot of tools, models, memory and the system prompt. */
final class SessionFactory {
    private final SessionStore store;
    private final PromptBuilder prompts;
    private final Problems problems;
    private final Path defaultWorkingDirectory;

    SessionFactory(SessionStore store, PromptBuilder prompts, Problems problems, Path defaultWorkingDirectory) {
        this.store = store;
        this.prompts = prompts;
        this.problems = problems;
        this.defaultWorkingDirectory = defaultWorkingDirectory;
    }

    AgentSession open(SessionSpec spec, List<ChatModel> chain, Map<String, Tool> tools, List<MemoryProvider> memory,
                      boolean skillsAvailable) {
        SessionInfo info;
        if (spec.resumeId() != null) {
            info = store.get(spec.resumeId()).orElseThrow(() ->
                    new IllegalArgumentException("no session with id '" + spec.resumeId() + "'; `hermod shell -c \"hermod:sessions\"` lists them"));
        } else {
            info = store.create(new NewSession(spec.key(), spec.platform(), spec.userId(), chain.get(0).name(), ""));
        }
        Path wd = spec.workingDirectory() != null ? spec.workingDirectory() : defaultWorkingDirectory;
        MemoryContext ctx = new MemoryContext(info.id(), info.sessionKey(), spec.platform(), spec.userId(), spec.role());
        List<String> blocks = new ArrayList<>();
        for (MemoryProvider p : memory) {
            String key = Problems.memoryKey(p, "initialize");
            try {
                p.initialize(ctx);
                blocks.add(p.systemPromptBlock(ctx));
                problems.clear(key); // a failure of an earlier session start is over
            } catch (RuntimeException e) {
                problems.report(key, "session start failed: " + e.getMessage());
            }
        }
        String system = prompts.build(blocks, skillsAvailable, wd, List.copyOf(tools.keySet()));
        AgentSession session = new AgentSession(info.id(), info.sessionKey(), ctx, wd, spec.approver(), system, tools, chain, memory);
        if (spec.resumeId() != null) session.history.addAll(replayable(store.messages(info.id())));
        return session;
    }

    /**
     * The stored transcript as the model can read it again. A turn that crashed between a tool
     * call and its result left a call without an answer; the model is told it was interrupted.
     */
    static List<ChatMessage> replayable(List<StoredMessage> stored) {
        List<ChatMessage> out = new ArrayList<>();
        Set<String> open = new HashSet<>();
        List<ChatMessage.Assistant> pendingOwner = new ArrayList<>();
        for (StoredMessage sm : stored) {
            ChatMessage m = sm.message();
            if (m instanceof ChatMessage.System) continue;
            if (!(m instanceof ChatMessage.ToolResult)) closeOpen(out, open, pendingOwner);
            if (m instanceof ChatMessage.Assistant a && a.hasToolCalls()) {
                a.toolCalls().forEach(c -> open.add(c.id()));
                pendingOwner.add(a);
            }
            if (m instanceof ChatMessage.ToolResult r) open.remove(r.toolCallId());
            out.add(m);
        }
        closeOpen(out, open, pendingOwner);
        return out;
    }

    private static void closeOpen(List<ChatMessage> out, Set<String> open, List<ChatMessage.Assistant> owners) {
        if (!open.isEmpty()) {
            for (ChatMessage.Assistant a : owners) {
                for (var c : a.toolCalls()) {
                    if (open.remove(c.id())) out.add(new ChatMessage.ToolResult(c.id(), c.name(),
                            "Error: interrupted: Hermod stopped before this call finished; its result is unknown."));
                }
            }
        }
        owners.clear();
    }

    /** The session ends: memory providers see the transcript, per-tool resources are released. */
    void end(AgentSession session) {
        List<ChatMessage> transcript = store.messages(session.id).stream().map(StoredMessage::message).toList();
        for (MemoryProvider p : session.memory) {
            String key = Problems.memoryKey(p, "sessionEnd");
            try {
                p.sessionEnd(session.memoryContext, transcript);
                problems.clear(key);
            } catch (RuntimeException e) {
                problems.report(key, "session end failed: " + e.getMessage());
            }
        }
        session.closeState();
    }
}
