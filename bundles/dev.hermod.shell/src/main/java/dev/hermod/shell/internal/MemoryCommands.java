package dev.hermod.shell.internal;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.agent.RuntimeStatus;
import dev.hermod.api.memory.MemoryArchiveView;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.memory.UserProfiles;

/**
 * {@code hermod:memory}: status, search, the history of an entry, providers, switching the
 * external provider, and user profiles. Reads only through API services; a missing one is
 * reported, never an exception. Immediate, so that Gogo does not create and destroy it per command
 * (BUILD-FACTS trap 7).
 */
@Component(service = MemoryCommands.class, immediate = true,
        property = {"osgi.command.scope=hermod", "osgi.command.function=memory"})
public final class MemoryCommands {
    static final String USAGE = """
            usage: hermod:memory [status]
                   hermod:memory search [--user <platform/id>] <words…>
                   hermod:memory history [--user <platform/id>] <#id | entry text>
                   hermod:memory providers
                   hermod:memory switch <provider | none>
                   hermod:memory profile [cli | <platform/id>]
            """;
    private static final int SEARCH_LIMIT = 20;

    private final Inventory inventory;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile MemoryArchiveView archive;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile UserProfiles profiles;

    @Activate
    public MemoryCommands(@Reference Inventory inventory) {
        this.inventory = inventory;
    }

    @Descriptor("show the memory: providers and their health, which are in use, fill levels, archive and recall")
    public String memory() throws IOException {
        return status();
    }

    @Descriptor("memory: status | search <words> | history <#id | text> | providers | switch <name | none> | profile [user]")
    public String memory(@Descriptor("status, search, history, providers, switch or profile") String action,
                         @Descriptor("the words, entry, provider or user; search and history take --user <platform/id>")
                         String... args) throws IOException {
        try {
            return switch (action.toLowerCase(Locale.ROOT)) {
                case "status" -> status();
                case "search" -> search(args);
                case "history" -> history(args);
                case "providers" -> MemorySwitch.providers(registered(), configured());
                case "switch" -> switchTo(args);
                case "profile" -> profile(args);
                default -> "unknown action '" + action + "'\n" + USAGE;
            };
        } catch (IllegalArgumentException e) {
            return e.getMessage() + "\n";
        }
    }

    private String status() throws IOException {
        AgentRuntime runtime = inventory.runtime().orElse(null);
        RuntimeStatus status = runtime == null ? null : runtime.status();
        List<String> problems = status == null ? List.of()
                : status.problems().stream().filter(p -> p.toLowerCase(Locale.ROOT).contains("memory")).toList();
        MemoryArchiveView view = archive;
        return MemoryView.status(inventory.memories(), inventory.pinnedFiles(),
                status == null ? null : status.memoryProviders(), configured(),
                view == null ? null : view.status(), problems);
    }

    private String search(String... args) {
        MemoryArchiveView view = archive;
        if (view == null) return noBuiltin();
        Scoped scoped = Scoped.of(args, "search [--user <platform/id>] <words…>");
        String query = String.join(" ", scoped.rest());
        return MemoryText.hits(scoped.user(), query, view.search(scoped.user().platform(), scoped.user().userId(),
                query, SEARCH_LIMIT));
    }

    private String history(String... args) {
        MemoryArchiveView view = archive;
        if (view == null) return noBuiltin();
        Scoped scoped = Scoped.of(args, "history [--user <platform/id>] <#id | entry text>");
        String entry = String.join(" ", scoped.rest());
        return MemoryText.history(scoped.user(), entry, view.history(scoped.user().platform(), scoped.user().userId(),
                entry));
    }

    private String profile(String... args) {
        UserProfiles service = profiles;
        if (service == null) return noBuiltin();
        if (args.length > 1) return "usage: hermod:memory profile [cli | <platform/id>]\n";
        MemoryUser user = MemoryUser.parse(args.length == 0 ? "" : args[0]);
        return MemoryText.profile(user, service.get(user.platform(), user.userId()),
                service.history(user.platform(), user.userId()));
    }

    private String switchTo(String... name) throws IOException {
        if (name.length != 1) return "usage: hermod:memory switch <provider | none>\n";
        AgentConfigFile file = new AgentConfigFile(inventory.home());
        String chosen = name[0].equals("none") || name[0].equals("builtin") ? "" : name[0];
        file.set("memory_provider", chosen);
        return MemorySwitch.switched(chosen, registered(), file.path());
    }

    private String configured() throws IOException {
        return new AgentConfigFile(inventory.home()).get("memory_provider").filter(v -> !v.isBlank()).orElse("");
    }

    private List<String> registered() {
        return inventory.memories().stream().map(r -> String.valueOf(ServiceViews.safely(r.service(),
                MemoryProvider::name))).toList();
    }

    private static String noBuiltin() {
        return "the built-in memory is not running; `hermod:doctor` says why\n";
    }

    /** Arguments with an optional leading {@code --user <platform/id>} (or {@code --user=<platform/id>}). */
    record Scoped(MemoryUser user, List<String> rest) {
        static Scoped of(String[] args, String usage) {
            List<String> rest = new ArrayList<>(Arrays.asList(args));
            MemoryUser user = MemoryUser.LOCAL;
            if (!rest.isEmpty() && rest.get(0).startsWith("--user=")) {
                user = MemoryUser.parse(rest.remove(0).substring("--user=".length()));
            } else if (!rest.isEmpty() && (rest.get(0).equals("--user") || rest.get(0).equals("-u"))) {
                rest.remove(0);
                if (rest.isEmpty()) throw new IllegalArgumentException("usage: hermod:memory " + usage);
                user = MemoryUser.parse(rest.remove(0));
            }
            if (rest.isEmpty()) throw new IllegalArgumentException("usage: hermod:memory " + usage);
            return new Scoped(user, List.copyOf(rest));
        }
    }
}
