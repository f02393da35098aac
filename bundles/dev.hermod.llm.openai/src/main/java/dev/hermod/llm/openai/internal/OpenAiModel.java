package dev.hermod.llm.openai.internal;

import java.util.function.UnaryOperator;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One configured OpenAI-compatible endpoint (factory PID {@code hermod.llm.openai}): validates the
 * configuration, reads the API key from the named environment variable, and registers a
 * {@link dev.hermod.api.llm.ChatModel} with {@code hermod.llm.name=<name>}.
 *
 * <p>The model is registered through the bundle context rather than as this component's own service
 * because the service property {@code hermod.llm.name} must carry the configured {@code name}, and
 * DS cannot derive one property from another. A bad configuration or a missing key variable fails
 * activation with a message saying what to fix, so nothing is registered.
 */
// The model is registered by hand (see above), so bnd cannot see it: declare the service capability
// ourselves, so a resolver looking for a ChatModel provider finds this bundle.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"dev.hermod.api.llm.ChatModel\"",
        uses = dev.hermod.api.llm.ChatModel.class)
@Component(configurationPid = OpenAiModel.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {},
        immediate = true)
@Designate(ocd = OpenAiModelConfig.class, factory = true)
public final class OpenAiModel {
    static final String PID = "hermod.llm.openai";

    private final OpenAiEndpoint endpoint;
    private final ServicePublisher.Publication publication;

    @Activate
    public OpenAiModel(OpenAiModelConfig config, BundleContext context) {
        this(config, new BundleServicePublisher(context), System::getenv);
    }

    OpenAiModel(OpenAiModelConfig config, ServicePublisher publisher, UnaryOperator<String> env) {
        EndpointSettings settings = EndpointSettings.resolve(EndpointConfig.of(config), env);
        this.endpoint = new OpenAiEndpoint(settings);
        this.publication = publisher.publish(endpoint, ServicePublisher.properties(settings.name(), 0));
        System.getLogger(OpenAiModel.class.getName()).log(System.Logger.Level.INFO, "model endpoint {0} ready", endpoint);
    }

    @Deactivate
    void deactivate() {
        publication.withdraw();
        endpoint.close();
    }
}
