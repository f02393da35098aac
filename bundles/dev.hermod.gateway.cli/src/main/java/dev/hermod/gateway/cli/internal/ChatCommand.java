package dev.hermod.gateway.cli.internal;

import java.time.Duration;
import java.util.function.Supplier;

import dev.hermod.api.agent.AgentRole;
import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.agent.TurnResult;
import dev.hermod.api.skill.SkillLibrary;
import dev.hermod.api.tool.Approver;

/**
 * One run of {@code hermod chat} on a console: opens the conversation, then runs the one-shot
 * question or the loop. Exit codes: 0 fine, 1 a turn did not complete, 2 the chat could not start.
 */
final class ChatCommand {
    static final String SETUP_HINT = "run `hermod setup` or set OPENAI_BASE_URL, OPENAI_API_KEY and HERMOD_MODEL";
    static final String CLI_SESSION_KEY = "cli/local";
    /** Background work shorter than this ends unannounced. */
    static final Duration QUIET_WAIT = Duration.ofMillis(500);
    /** The longest the chat waits at exit for background work (one review is a model call or two). */
    static final Duration LEARNING_WAIT = Duration.ofSeconds(90);

    private final AgentRuntime runtime;
    private final Supplier<SkillLibrary> skills;
    private final ChatSettings settings;
    private final ChatConsole console;

    ChatCommand(AgentRuntime runtime, Supplier<SkillLibrary> skills, ChatSettings settings, ChatConsole console) {
        this.runtime = runtime;
        this.skills = skills;
        this.settings = settings;
        this.console = console;
    }

    int run(ChatArgs args) {
        TurnPrinter printer = new TurnPrinter(console, console.interactive());
        ApprovalDesk desk = new ApprovalDesk(console.canAsk(), settings.approvalTimeout(), printer::onNotice);
        try (ConversationHolder conversations = new ConversationHolder(runtime)) {
            if (!open(conversations, args, desk)) return 2;
            TurnRunner runner = new TurnRunner(console, desk);
            if (args.query() != null) {
                TurnResult result = runner.run(conversations.current(), args.query(), printer);
                printer.finish(result);
                return result.outcome() == TurnResult.Outcome.COMPLETED ? 0 : 1;
            }
            SlashCommands slash = new SlashCommands(console, conversations, runtime, skills, settings.memory(),
                    settings.archive());
            return new ChatLoop(console, conversations, runner, printer, slash).run();
        } finally {
            console.out().flush();
            finishLearning();
            console.err().flush();
        }
    }

    /**
     * The process ends when the chat does: first let the background review of the last answers (the
     * skill loop) finish, saying so on stderr when it takes more than a moment.
     */
    private void finishLearning() {
        Thread waiting = Thread.currentThread();
        try (ChatConsole.Registration ignored = console.onInterrupt(waiting::interrupt)) {
            if (runtime.awaitBackgroundWork(QUIET_WAIT)) return;
            notice("learning from this session before exiting (Ctrl-C skips it) ...");
            if (!runtime.awaitBackgroundWork(LEARNING_WAIT)) {
                notice("stopped waiting after " + LEARNING_WAIT.toSeconds() + " s: what was being learnt is lost");
            }
        } catch (InterruptedException e) {
            notice("skipped: what was being learnt from this session is lost");
        } finally {
            Thread.interrupted(); // an interrupt that came after the wait must not reach the shutdown
        }
    }

    private boolean open(ConversationHolder conversations, ChatArgs args, Approver approver) {
        String resume = args.resumeId();
        if (args.continueLast()) {
            resume = runtime.lastSessionId(CLI_SESSION_KEY).orElse(null);
            if (resume == null) notice("no earlier CLI session to continue; starting a new one");
        }
        try {
            conversations.open(new SessionOptions("cli", "local", "", resume, settings.workingDirectory(), approver,
                    args.model(), AgentRole.PRIMARY));
            return true;
        } catch (IllegalStateException e) {
            error(e.getMessage());
            error(SETUP_HINT);
        } catch (IllegalArgumentException e) {
            error(resume == null ? e.getMessage() : "cannot resume session " + resume + ": " + e.getMessage());
            if (resume != null && !String.valueOf(e.getMessage()).contains("hermod shell")) {
                error("list the sessions with: hermod shell -c sessions");
            }
        }
        return false;
    }

    private void notice(String text) {
        console.err().println(console.style().yellow(text));
        console.err().flush();
    }

    private void error(String text) {
        console.err().println(console.style().red(text));
        console.err().flush();
    }
}
