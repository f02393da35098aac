package dev.hermod.gateway.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.Conversation;
import dev.hermod.api.agent.SessionOptions;
import dev.hermod.api.memory.MemoryArchiveView;
import dev.hermod.api.memory.MemorySearchHit;
import dev.hermod.api.memory.PinnedMemory;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.SkillLibrary;

/** The chat's slash commands. */
final class SlashCommands {

    /** A command for /help and completion. */
    record Command(String name, String usage, String help) {}

    static final List<Command> COMMANDS = List.of(
            new Command("/help", "/help", "show the commands"),
            new Command("/new", "/new", "end this session and start a new one"),
            new Command("/tools", "/tools", "the tools of this session, by toolset"),
            new Command("/skills", "/skills [name]", "the installed skills, or one skill in detail"),
            new Command("/memory", "/memory [words]", "what MEMORY.md and USER.md hold; with words, search everything remembered"),
            new Command("/model", "/model [name]", "the current model; with a name, a new session with that model"),
            new Command("/good", "/good [comment]", "the last answer was right: the skills it used gain confidence"),
            new Command("/bad", "/bad [what went wrong]", "the last answer was wrong: the skills it used lose confidence and get revised"),
            new Command("/quit", "/quit", "leave (Ctrl-D does too)"),
            new Command("/<skill>", "/<skill> [instructions]", "run a skill by name, with your details"));

    private final ChatConsole console;
    private final ConversationHolder conversations;
    private final AgentRuntime runtime;
    private final Supplier<SkillLibrary> skills;
    private final Supplier<PinnedMemory> memory;
    private final Supplier<MemoryArchiveView> archive;

    SlashCommands(ChatConsole console, ConversationHolder conversations, AgentRuntime runtime,
                  Supplier<SkillLibrary> skills, Supplier<PinnedMemory> memory, Supplier<MemoryArchiveView> archive) {
        this.console = console;
        this.conversations = conversations;
        this.runtime = runtime;
        this.skills = skills;
        this.memory = memory;
        this.archive = archive;
    }

    /** Runs a slash command line; false when the chat should end. */
    boolean execute(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "/quit", "/exit" -> { return false; }
            case "/help" -> print(help());
            case "/new" -> open(conversations.options(), "new session");
            case "/tools" -> print(Listings.tools(conversations.current().tools()));
            case "/skills" -> skills(argument);
            case "/memory" -> {
                if (argument.isEmpty()) memory();
                else searchMemory(argument);
            }
            case "/model" -> model(argument);
            case "/good", "/bad" -> {
                conversations.current().feedback(parts[0].equalsIgnoreCase("/good"), argument);
                print("noted, thank you\n");
            }
            default -> error("unknown command " + parts[0] + "; /help lists the commands");
        }
        return true;
    }

    /**
     * Whether {@code /<skill-name> [details]} names an installed skill (built-in commands win over a
     * skill of the same name). Such a line goes to the agent as it is: the runtime hands the model the
     * whole skill with the details, as it does for a line from a chat platform.
     */
    boolean runsSkill(String line) {
        String name = line.strip().split("\\s+", 2)[0].substring(1);
        SkillLibrary library = skills.get();
        return !name.isEmpty() && library != null && COMMANDS.stream().noneMatch(c -> c.name().equals("/" + name))
                && library.get(name).isPresent();
    }

    static String help() {
        int width = COMMANDS.stream().mapToInt(c -> c.usage().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        COMMANDS.forEach(c -> text.append("  ").append(Listings.pad(c.usage(), width)).append("  ").append(c.help()).append('\n'));
        return text.append("  Ctrl-C stops a running turn; at the prompt it clears the line.\n").toString();
    }

    private void skills(String name) {
        SkillLibrary library = skills.get();
        if (library == null) {
            print("no skills installed (the skills bundle is not running)\n");
        } else if (name.isEmpty()) {
            print(Listings.skills(library.list()));
        } else {
            Optional<Skill> skill = library.get(name);
            if (skill.isPresent()) print(Listings.skill(skill.get()));
            else error("no skill named " + name + "; /skills lists them");
        }
    }

    private void searchMemory(String words) {
        MemoryArchiveView view = archive.get();
        if (view == null) {
            print("the built-in memory is not running (`hermod doctor` says why)\n");
            return;
        }
        try {
            List<MemorySearchHit> hits = view.search("cli", "", words, 10);
            StringBuilder text = new StringBuilder(hits.isEmpty() ? "nothing remembered matches '" + words + "'\n" : "");
            hits.forEach(h -> text.append("- [").append(h.label()).append("] ").append(h.text()).append('\n'));
            print(text.toString());
        } catch (RuntimeException e) {
            error("cannot search the memory: " + e.getMessage());
        }
    }

    private void memory() {
        PinnedMemory pinned = memory.get();
        if (pinned == null) {
            print("the built-in memory is not running (`hermod doctor` says why)\n");
            return;
        }
        try {
            print(PinnedListing.describe(pinned.files("cli", "")));
        } catch (RuntimeException e) {
            error("cannot read the memory files: " + e.getMessage());
        }
    }

    private void model(String name) {
        if (name.isEmpty()) {
            List<String> models = runtime.status().models();
            print("model: " + conversations.current().modelName()
                    + (models.isEmpty() ? "" : "  (available: " + String.join(", ", models) + ")") + "\n");
            return;
        }
        SessionOptions o = conversations.options();
        open(new SessionOptions(o.platform(), o.chatId(), o.userId(), null, o.workingDirectory(), o.approver(),
                name, o.role()), "new session with model " + name);
    }

    private void open(SessionOptions options, String what) {
        try {
            Conversation opened = conversations.open(options);
            print(console.style().dim(what + ": " + opened.sessionId() + " (" + opened.modelName() + ")") + "\n");
        } catch (IllegalArgumentException | IllegalStateException e) {
            error("cannot start a new session: " + e.getMessage());
        }
    }

    private void print(String text) {
        PrintWriter out = console.out();
        out.print(text);
        out.flush();
    }

    private void error(String message) {
        console.err().println(console.style().red(message));
        console.err().flush();
    }
}
