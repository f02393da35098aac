package dev.hermod.shell.internal;

import java.io.IOException;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.hermod.api.session.SessionInfo;
import dev.hermod.api.session.SessionStore;

/**
 * The Gogo commands of scope {@code hermod} ({@code memory} is {@link MemoryCommands}). Each returns
 * text for people and delegates to the services; a missing service is reported, never an exception.
 * Immediate, so that Gogo does not create and destroy it per command (BUILD-FACTS trap 7).
 */
@Component(service = HermodCommands.class, immediate = true, property = {
        "osgi.command.scope=hermod",
        "osgi.command.function=status", "osgi.command.function=sessions", "osgi.command.function=session",
        "osgi.command.function=tools", "osgi.command.function=providers", "osgi.command.function=gateways",
        "osgi.command.function=plugins",
        "osgi.command.function=doctor"})
public final class HermodCommands {
    private static final int DEFAULT_SESSIONS = 20;

    private final Inventory inventory;

    @Activate
    public HermodCommands(@Reference Inventory inventory) {
        this.inventory = inventory;
    }

    @Descriptor("show the runtime's status: home, primary model, counts and problems")
    public String status() {
        return inventory.runtime().map(r -> StatusView.format(r.status()))
                .orElse("the agent runtime is not running; `hermod:doctor` says why\n");
    }

    @Descriptor("list the most recently updated sessions (20)")
    public String sessions() {
        return sessions(DEFAULT_SESSIONS);
    }

    @Descriptor("list the most recently updated sessions")
    public String sessions(@Descriptor("how many sessions to list") int limit) {
        return inventory.sessions().map(s -> SessionViews.list(s.list(Math.max(1, limit)))).orElse(noStore());
    }

    @Descriptor("show one session: its details and transcript (tool calls abbreviated)")
    public String session(@Descriptor("the session id, as `sessions` lists it") String id) {
        SessionStore store = inventory.sessions().orElse(null);
        if (store == null) return noStore();
        SessionInfo info = store.get(id).orElse(null);
        return info == null ? "no session with id " + id + "; `sessions` lists them\n" : SessionViews.transcript(info, store.messages(id));
    }

    @Descriptor("list the registered tools: name, toolset, read-only, approval, providing bundle")
    public String tools() {
        return ServiceViews.tools(inventory.tools());
    }

    @Descriptor("list the model providers: name, model, endpoint, context window, ranking")
    public String providers() {
        return ServiceViews.providers(inventory.models());
    }

    @Descriptor("list the messaging gateways: platform, account, whether they are receiving")
    public String gateways() {
        return ServiceViews.gateways(inventory.gateways());
    }


    @Descriptor("list the jars in $HERMOD_HOME/plugins and every installed bundle with its state")
    public String plugins() throws IOException {
        return pluginsCommand().list(new Doctor(inventory).bundles());
    }

    @Descriptor("install or uninstall a plugin bundle")
    public String plugins(
            @Descriptor("install | uninstall") String action,
            @Descriptor("install: a jar path or mvn:group/artifact/version; uninstall: a bundle symbolic name or jar file name")
            String target) throws IOException {
        return pluginsCommand().run(action, target);
    }

    @Descriptor("check the installation and say what is wrong and how to fix it")
    public String doctor() {
        return new Doctor(inventory).examine().toString();
    }

    private PluginsCommand pluginsCommand() {
        return new PluginsCommand(new PluginFolder(inventory.home().resolve("plugins")),
                PluginsCommand.mavenRepository(inventory.config().maven__repository()));
    }

    private static String noStore() {
        return "no session store is running; `hermod:doctor` says why\n";
    }
}
