package dev.hermod.llm.openai.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.function.UnaryOperator;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers the {@code default} endpoint from the environment ({@link DefaultEndpointEnvironment})
 * while no {@code hermod.llm.openai} factory configuration exists, with {@code service.ranking -100}.
 *
 * <p>It checks ConfigurationAdmin at activation and again on every configuration event of that
 * factory PID (it is a {@link ConfigurationListener}), so the default endpoint disappears as soon as
 * an endpoint is configured and comes back when the last one is deleted.
 */
@Component(service = ConfigurationListener.class, immediate = true)
public final class DefaultEndpointRegistrar implements ConfigurationListener {
    private static final System.Logger LOG = System.getLogger(DefaultEndpointRegistrar.class.getName());
    static final int RANKING = -100;

    private final ConfigurationAdmin configurationAdmin;
    private final ServicePublisher publisher;
    private final UnaryOperator<String> env;
    private OpenAiEndpoint endpoint;             // guarded by this
    private ServicePublisher.Publication published; // guarded by this
    private String lastReport;                   // guarded by this

    @Activate
    public DefaultEndpointRegistrar(BundleContext context, @Reference ConfigurationAdmin configurationAdmin) {
        this(configurationAdmin, new BundleServicePublisher(context), System::getenv);
    }

    DefaultEndpointRegistrar(ConfigurationAdmin configurationAdmin, ServicePublisher publisher, UnaryOperator<String> env) {
        this.configurationAdmin = configurationAdmin;
        this.publisher = publisher;
        this.env = env;
        evaluate();
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (OpenAiModel.PID.equals(event.getFactoryPid())) evaluate();
    }

    /** Registers or withdraws the default endpoint to match the configurations and the environment. */
    synchronized void evaluate() {
        Boolean configured = endpointsConfigured();
        if (configured == null) return;
        if (configured) {
            withdraw("a " + OpenAiModel.PID + " configuration exists");
            return;
        }
        if (published != null) return;
        DefaultEndpointEnvironment.Decision decision = DefaultEndpointEnvironment.decide(env);
        if (!decision.available()) {
            report(Level.INFO, "no default model endpoint: " + decision.reason()
                    + "; configure etc/hermod.llm.openai-<name>.cfg or set HERMOD_MODEL and OPENAI_BASE_URL/OPENAI_API_KEY");
            return;
        }
        try {
            endpoint = new OpenAiEndpoint(EndpointSettings.resolve(decision.config(), env));
        } catch (IllegalStateException e) {
            report(Level.WARNING, "no default model endpoint: " + e.getMessage());
            return;
        }
        published = publisher.publish(endpoint, ServicePublisher.properties(DefaultEndpointEnvironment.NAME, RANKING));
        report(Level.INFO, "default model endpoint ready: " + endpoint);
    }

    /** True or false, or {@code null} when ConfigurationAdmin could not tell. */
    private Boolean endpointsConfigured() {
        try {
            var found = configurationAdmin.listConfigurations("(service.factoryPid=" + OpenAiModel.PID + ")");
            return found != null && found.length > 0;
        } catch (IOException | InvalidSyntaxException e) {
            LOG.log(Level.WARNING, "cannot list model configurations; leaving the default endpoint as it is", e);
            return null;
        }
    }

    private void withdraw(String why) {
        if (published == null) return;
        published.withdraw();
        endpoint.close();
        published = null;
        endpoint = null;
        report(Level.INFO, "default model endpoint withdrawn: " + why);
    }

    /** Logs a state change once, not on every configuration event. */
    private void report(Level level, String message) {
        if (!message.equals(lastReport)) LOG.log(level, message);
        lastReport = message;
    }

    @Deactivate
    synchronized void deactivate() {
        withdraw("stopping");
    }

    /** Whether the default endpoint is registered now. */
    synchronized boolean isPublished() {
        return published != null;
    }
}
