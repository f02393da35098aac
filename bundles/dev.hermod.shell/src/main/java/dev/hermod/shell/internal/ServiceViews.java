package dev.hermod.shell.internal;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.osgi.framework.Constants;

import dev.hermod.api.gateway.MessagingGateway;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.llm.ModelInfo;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolSpec;

/**
 * How the service listings print. A plugin's service that throws shows the error in its row
 * instead of breaking the listing.
 */
final class ServiceViews {
    private ServiceViews() {}

    static String tools(List<Registered<Tool>> tools) {
        if (tools.isEmpty()) return "no tools registered\n";
        TextTable table = new TextTable("NAME", "TOOLSET", "READ-ONLY", "APPROVAL", "BUNDLE");
        tools.stream().map(t -> new Object[] {safely(t.service(), Tool::spec), t.bundle()})
                .sorted(Comparator.comparing(row -> row[0] instanceof ToolSpec s ? s.toolset() + "/" + s.name() : ""))
                .forEach(row -> {
                    if (row[0] instanceof ToolSpec s) {
                        table.row(s.name(), s.toolset(), s.readOnly() ? "yes" : "no", s.approval().name().toLowerCase(), row[1]);
                    } else {
                        table.row("?", "", "", String.valueOf(row[0]), row[1]);
                    }
                });
        return table.toString();
    }

    static String providers(List<Registered<ChatModel>> models) {
        if (models.isEmpty()) return "no model providers registered: run `hermod setup`, or create etc/hermod.llm.openai-<name>.cfg\n";
        TextTable table = new TextTable("NAME", "MODEL", "ENDPOINT", "CONTEXT", "RANKING", "BUNDLE");
        for (Registered<ChatModel> m : models) {
            Object info = safely(m.service(), ChatModel::info);
            String name = String.valueOf(safely(m.service(), ChatModel::name));
            if (info instanceof ModelInfo i) {
                table.row(name, i.model(), i.endpoint(), i.contextWindow(), m.intProperty(Constants.SERVICE_RANKING, 0), m.bundle());
            } else {
                table.row(name, String.valueOf(info), "", "", m.intProperty(Constants.SERVICE_RANKING, 0), m.bundle());
            }
        }
        return table.toString();
    }

    static String gateways(List<Registered<MessagingGateway>> gateways) {
        if (gateways.isEmpty()) return "no messaging gateways registered\n";
        TextTable table = new TextTable("PLATFORM", "ACCOUNT", "RECEIVING", "BUNDLE");
        gateways.forEach(g -> table.row(safely(g.service(), MessagingGateway::platform),
                safely(g.service(), MessagingGateway::account),
                safely(g.service(), x -> x.receiving() ? "yes" : "NO"), g.bundle()));
        return table.toString();
    }

    static String skills(List<Skill> skills) {
        if (skills.isEmpty()) return "no skills installed (add SKILL.md folders under $HERMOD_HOME/skills)\n";
        TextTable table = new TextTable("NAME", "CATEGORY", "VERSION", "SOURCE", "DESCRIPTION");
        skills.stream().sorted(Comparator.comparing(Skill::name)).forEach(s -> table.row(s.name(), s.category(), s.version(),
                s.provenance().name().toLowerCase(), s.description()));
        return table.toString();
    }

    /** The value, or "error: ..." when the plugin's method throws. */
    static <S> Object safely(S service, Function<S, Object> read) {
        try {
            return read.apply(service);
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** The skills the safety scanner holds back, for the operator; empty text when none. */
    static String quarantined(List<dev.hermod.api.skill.QuarantinedSkill> held) {
        if (held.isEmpty()) return "";
        StringBuilder out = new StringBuilder("\nQUARANTINED by the safety scanner (not available to the agent):\n");
        for (var q : held) {
            out.append("  ").append(q.name()).append("  (").append(q.location()).append(")\n");
            q.findings().forEach(f -> out.append("    - ").append(f).append('\n'));
        }
        return out.toString();
    }
}
