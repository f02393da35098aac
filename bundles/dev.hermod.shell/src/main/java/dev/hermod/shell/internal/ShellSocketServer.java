package dev.hermod.shell.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Arrays;

import org.apache.felix.service.command.CommandProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Serves the shell on $HERMOD_HOME/run/shell.sock while Hermod runs as a gateway, so that
 * {@code hermod shell} shows the running process. Fails to activate (and doctor says why) when
 * another live process holds the socket.
 */
@Component(immediate = true, configurationPid = "hermod.shell.socket")
@Designate(ocd = ShellSocketServerConfig.class)
public final class ShellSocketServer {
    private static final System.Logger LOG = System.getLogger(ShellSocketServer.class.getName());

    private final SocketListener listener;

    @Activate
    public ShellSocketServer(BundleContext context, @Reference CommandProcessor processor, ShellSocketServerConfig config)
            throws IOException {
        String mode = context.getProperty("hermod.launch.mode");
        if (!config.enabled() || !Arrays.asList(config.modes()).contains(mode)) {
            listener = null;
            return;
        }
        listener = new SocketListener(HermodHome.resolve(context).resolve("run").resolve("shell.sock"),
                () -> new GogoExecutor(processor));
        listener.start();
        LOG.log(Level.INFO, "serving the shell on {0}", HermodHome.resolve(context).resolve("run/shell.sock"));
    }

    @Deactivate
    void stop() {
        if (listener != null) listener.close();
    }
}
