package dev.hermod.skills.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.hermod.api.agent.TurnRecord;
import dev.hermod.api.llm.ChatMessage;
import dev.hermod.api.llm.ToolCall;

/** Reads a finished turn: which skills it used, how many tool calls failed, and a compact account for prompts. */
final class Trajectory {

    static final int MAX_CHARS = 8_000;
    private static final int RESULT_CHARS = 400;
    /** A group chat's message starts with its sender, {@code [Ann]: } (the core's gateway routing). */
    static final Pattern SENDER = Pattern.compile("^\\s*\\[[^\\]\\n]{1,100}\\]:\\s*");

    private Trajectory() {
    }

    /** The skills the turn loaded: viewed with skill_view, or run by name by the person (the runtime says which). */
    static Set<String> usedSkills(TurnRecord turn) {
        Set<String> used = new LinkedHashSet<>();
        if (!turn.ranSkill().isEmpty()) used.add(turn.ranSkill());
        for (ToolCall call : calls(turn)) {
            if (call.name().equals("skill_view")) {
                try {
                    ToolArguments.parse(call.arguments()).string("name").ifPresent(used::add);
                } catch (IllegalArgumentException e) {
                    // a malformed call loaded nothing
                }
            }
        }
        return used;
    }

    static List<ToolCall> calls(TurnRecord turn) {
        return turn.transcript().stream().filter(m -> m instanceof ChatMessage.Assistant)
                .flatMap(m -> ((ChatMessage.Assistant) m).toolCalls().stream()).toList();
    }

    /** Tool calls other than skill and memory bookkeeping: the work itself. */
    static int workCalls(TurnRecord turn) {
        return (int) calls(turn).stream().filter(c -> !c.name().startsWith("skill") && !c.name().equals("memory")).count();
    }

    /** The turn as a short numbered account: each call with its arguments, each result trimmed, errors marked. */
    static String render(TurnRecord turn) {
        StringBuilder out = new StringBuilder();
        int step = 0;
        for (ChatMessage m : turn.transcript()) {
            if (m instanceof ChatMessage.Assistant a) {
                for (ToolCall call : a.toolCalls()) {
                    out.append(++step).append(". ").append(call.name()).append(' ').append(trim(call.arguments(), RESULT_CHARS))
                            .append(turn.failedToolCalls().contains(call.id()) ? "   [FAILED]" : "").append('\n');
                }
            } else if (m instanceof ChatMessage.ToolResult r) {
                out.append("   -> ").append(trim(r.text(), RESULT_CHARS).replace("\n", "\n      ")).append('\n');
            }
            if (out.length() > MAX_CHARS) {
                out.setLength(MAX_CHARS);
                out.append("\n[... the rest of the turn is left out]\n");
                break;
            }
        }
        return out.length() == 0 ? "(no tool calls)\n" : out.toString();
    }

    static String trim(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max) + " [...]";
    }
}
