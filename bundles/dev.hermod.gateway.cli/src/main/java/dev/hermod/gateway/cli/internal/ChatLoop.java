package dev.hermod.gateway.cli.internal;

import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.TurnResult;

/**
 * The read-run-print loop: each line is a slash command or a turn, in order, until /quit or the
 * end of input. A line starting with "//" is sent as text starting with "/".
 */
final class ChatLoop {
    private static final String PROMPT = "> ";

    private final ChatConsole console;
    private final ConversationHolder conversations;
    private final TurnRunner runner;
    private final TurnPrinter printer;
    private final SlashCommands slash;

    ChatLoop(ChatConsole console, ConversationHolder conversations, TurnRunner runner, TurnPrinter printer,
             SlashCommands slash) {
        this.console = console;
        this.conversations = conversations;
        this.runner = runner;
        this.printer = printer;
        this.slash = slash;
    }

    /** Runs until the end; 0, or for piped input 1 when any turn did not complete. */
    int run() {
        if (console.interactive()) banner();
        int unfinished = 0;
        for (String line = next(); line != null; line = next()) {
            if (line.isEmpty()) continue;
            if (line.startsWith("/") && !line.startsWith("//")) {
                if (slash.runsSkill(line)) {
                    if (!turn(line)) unfinished++;
                } else if (!slash.execute(line)) {
                    break;
                }
                continue;
            }
            if (!turn(line.startsWith("//") ? line.substring(1) : line)) unfinished++;
        }
        if (console.interactive()) farewell();
        return console.interactive() || unfinished == 0 ? 0 : 1;
    }

    private String next() {
        String line = console.readLine(PROMPT);
        return line == null ? null : line.strip();
    }

    private boolean turn(String text) {
        printer.reset();
        TurnResult result = runner.run(conversations.current(), text, printer);
        printer.finish(result);
        if (console.interactive() && result.outcome() != TurnResult.Outcome.DUPLICATE) footer(result);
        return result.outcome() == TurnResult.Outcome.COMPLETED;
    }

    private void banner() {
        Conversation c = conversations.current();
        console.out().println(console.style().bold("hermod") + console.style().dim(
                "  model " + c.modelName() + " · session " + c.sessionId() + " · /help for commands, Ctrl-D to leave"));
        console.out().flush();
    }

    private void footer(TurnResult r) {
        console.err().println(console.style().dim(String.format("  (%s · %d model calls · %d tool calls · %,d tokens)",
                r.model().isEmpty() ? conversations.current().modelName() : r.model(), r.modelCalls(), r.toolCalls(),
                r.usage().totalTokens())));
        console.err().flush();
    }

    private void farewell() {
        Conversation c = conversations.current();
        if (c == null) return;
        console.out().println(console.style().dim("session " + c.sessionId() + " kept; resume it with: hermod chat --resume "
                + c.sessionId()));
        console.out().flush();
    }
}
