package dev.hermod.gateway.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.skill.Skill;
import dev.hermod.api.memory.MemoryArchiveView;
import dev.hermod.api.memory.PinnedMemory;
import dev.hermod.api.skill.SkillLibrary;

/**
 * Launch mode {@code chat}: {@code hermod chat [-q "question"] [--continue] [--resume <id>] [--model <name>]}.
 * The launcher calls it on its main thread with the terminal as stdin/stdout.
 */
@Component(service = ToIntFunction.class, immediate = true, property = "hermod.launch.mode=chat",
        configurationPid = "hermod.cli")
@Designate(ocd = ChatModeConfig.class)
public final class ChatMode implements ToIntFunction<String[]> {
    private final AgentRuntime runtime;
    private final ChatModeConfig config;
    private final Path home;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SkillLibrary skills;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PinnedMemory memory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MemoryArchiveView archive;

    @Activate
    public ChatMode(@Reference AgentRuntime runtime, ChatModeConfig config, BundleContext context) {
        this.runtime = runtime;
        this.config = config;
        this.home = HermodHome.resolve(context);
    }

    @Override
    public int applyAsInt(String[] args) {
        ChatArgs parsed;
        try {
            parsed = ChatArgs.parse(args);
        } catch (UsageException e) {
            System.err.println("hermod chat: " + e.getMessage());
            System.err.println(ChatArgs.USAGE);
            return 2;
        }
        if (parsed.help()) {
            System.out.println(ChatArgs.USAGE);
            return 0;
        }
        ChatSettings settings = new ChatSettings(home, Duration.ofSeconds(config.approval__timeout__seconds()),
                () -> memory, Path.of("").toAbsolutePath(), () -> archive);
        try (ChatConsole console = console(parsed, TerminalProbe.detect())) {
            return new ChatCommand(runtime, () -> skills, settings, console).run(parsed);
        } catch (IOException e) {
            System.err.println("hermod chat: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    private ChatConsole console(ChatArgs args, TerminalProbe tty) throws IOException {
        if (args.query() != null) return tty.canAskOnStderr() ? Consoles.oneShotOnTerminal() : Consoles.streams();
        if (!tty.interactive()) return Consoles.streams();
        return Consoles.interactive(home.resolve("chat_history"), config.history__size(),
                new SlashCompleter(this::skillNames, () -> runtime.status().models()));
    }

    private List<String> skillNames() {
        SkillLibrary library = skills;
        return library == null ? List.of() : library.list().stream().map(Skill::name).sorted().toList();
    }
}
