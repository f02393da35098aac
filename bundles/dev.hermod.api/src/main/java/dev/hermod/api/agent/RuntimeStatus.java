package dev.hermod.api.agent;

import java.util.List;

/**
 * A snapshot of the runtime for status displays.
 *
 * @param home the Hermod home
 * @param primaryModel the configured primary provider name, or empty when none is available
 * @param models the names of the registered model providers, in chain order
 * @param tools the names of the registered tools
 * @param memoryProviders the names of the registered memory providers
 * @param gateways the platform ids of the registered gateways
 * @param activeSessions sessions with a conversation open or a turn running
 * @param turnsRun turns completed since start
 * @param problems what is degraded right now, one line each (empty when healthy)
 */
public record RuntimeStatus(String home, String primaryModel, List<String> models, List<String> tools,
                            List<String> memoryProviders, List<String> gateways, int activeSessions,
                            long turnsRun, List<String> problems) {
    public RuntimeStatus {
        models = List.copyOf(models);
        tools = List.copyOf(tools);
        memoryProviders = List.copyOf(memoryProviders);
        gateways = List.copyOf(gateways);
        problems = List.copyOf(problems);
    }
}
