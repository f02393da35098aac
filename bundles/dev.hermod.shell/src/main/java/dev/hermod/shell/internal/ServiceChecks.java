package dev.hermod.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.RuntimeStatus;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.memory.MemoryHealth;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.PinnedFile;
import dev.hermod.api.skill.QuarantinedSkill;
import dev.hermod.api.skill.SkillAdmin;
import dev.hermod.api.skill.SkillLibrary;

/** The doctor's checks of the agent's services: models, memory, the runtime's own problems. */
final class ServiceChecks {
    private ServiceChecks() {}

    static List<Check> models(List<Registered<ChatModel>> models) {
        if (models.isEmpty()) {
            return List.of(Check.fail("no model provider is registered: run `hermod setup` (or create"
                    + " etc/hermod.llm.openai-<name>.cfg) and export the API key variable it names"));
        }
        return models.stream().map(m -> {
            Object name = ServiceViews.safely(m.service(), ChatModel::name);
            Object info = ServiceViews.safely(m.service(), c -> c.info().model() + " at " + c.info().endpoint());
            return Check.ok(name + ": " + info);
        }).toList();
    }

    static List<Check> memory(List<Registered<MemoryProvider>> providers, List<PinnedFile> files) {
        List<Check> checks = new ArrayList<>();
        if (providers.isEmpty()) checks.add(Check.warn("no memory provider is registered: the agent remembers nothing across sessions"));
        for (Registered<MemoryProvider> p : providers) {
            MemoryHealth health = MemoryView.health(p.service());
            String text = ServiceViews.safely(p.service(), MemoryProvider::name) + ": " + health.state().name().toLowerCase()
                    + (health.detail().isEmpty() ? "" : ": " + health.detail());
            checks.add(switch (health.state()) {
                case UP -> Check.ok(text);
                case DEGRADED -> Check.warn(text);
                case DOWN -> Check.fail(text);
            });
        }
        for (PinnedFile f : files) {
            // what actually happens: from this level on every memory write the agent makes warns it to consolidate
            checks.add(f.nearlyFull() ? Check.warn(f.name() + " " + f.fill() + ": nearly full: the agent is warned to"
                    + " consolidate it when it next saves a memory (or ask it to consolidate its memory now)")
                    : Check.info(f.name() + " " + f.fill()));
        }
        return checks;
    }

    /**
     * Skills: how many are active, and every skill the safety scanner holds back, with why: those held
     * where they lie and, through the skill admin when it runs, the agent's own skills held when written.
     */
    static List<Check> skills(Optional<SkillLibrary> library, Optional<SkillAdmin> admin) {
        if (library.isEmpty()) return List.of(Check.warn("no skill library is running: the agent has no skills"));
        List<Check> checks = new ArrayList<>();
        try {
            checks.add(Check.ok(library.get().list().size() + " skills available"));
            List<QuarantinedSkill> held = admin.isPresent() ? admin.get().quarantined() : library.get().quarantined();
            for (QuarantinedSkill q : held) {
                checks.add(Check.fail("skill '" + q.name() + "' is quarantined by the safety scanner (" + q.location()
                        + "): " + String.join("; ", q.findings()) + " — read it, then fix or delete it, or accept it as it "
                        + "is with `hermod skills approve " + q.name() + "`"));
            }
        } catch (RuntimeException e) {
            checks.add(Check.fail("the skill library cannot report: " + e.getMessage()));
        }
        return checks;
    }

    static List<Check> runtime(Optional<AgentRuntime> runtime) {
        if (runtime.isEmpty()) return List.of(Check.fail("the agent runtime is not running (see Components for why)"));
        RuntimeStatus status;
        try {
            status = runtime.get().status();
        } catch (RuntimeException e) {
            return List.of(Check.fail("the agent runtime cannot report its status: " + e.getMessage()));
        }
        List<Check> checks = new ArrayList<>();
        checks.add(Check.ok("agent runtime up: primary model " + (status.primaryModel().isEmpty() ? "none" : status.primaryModel())
                + ", " + status.activeSessions() + " active sessions, " + status.turnsRun() + " turns run"));
        status.problems().forEach(p -> checks.add(Check.fail(p)));
        return checks;
    }
}
