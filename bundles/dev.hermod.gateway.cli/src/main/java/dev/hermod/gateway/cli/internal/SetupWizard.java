package dev.hermod.gateway.cli.internal;

import java.util.function.Function;

/** Asks for what the command line did not give, one question at a time. */
final class SetupWizard {
    private final Prompter prompter;

    SetupWizard(Prompter prompter) {
        this.prompter = prompter;
    }

    EndpointSettings ask(SetupArgs given) throws Prompter.Aborted {
        String name = given.name() != null ? given.name()
                : prompter.ask("Endpoint name", "default", valid(EndpointSettings::checkName));
        String url = given.baseUrl() != null ? given.baseUrl() : baseUrl();
        String model = given.model() != null ? given.model()
                : prompter.ask("Model id (as the endpoint names it)", null, valid(EndpointSettings::checkModel));
        String keyEnv = given.apiKeyEnv() != null ? given.apiKeyEnv() : prompter.ask(
                "Name of the environment variable holding the API key (none for no key)",
                keyDefault(url), valid(v -> EndpointSettings.checkKeyEnv(Setup.keyEnv(v))));
        int window = given.contextWindow() != null ? EndpointSettings.parseContextWindow(given.contextWindow())
                : prompter.ask("Context window in tokens", String.valueOf(EndpointSettings.DEFAULT_CONTEXT_WINDOW),
                        EndpointSettings::parseContextWindow);
        return new EndpointSettings(name, url, model, Setup.keyEnv(keyEnv), window);
    }

    private String baseUrl() throws Prompter.Aborted {
        Preset[] presets = Preset.values();
        prompter.say("Where is the model served?");
        for (int i = 0; i < presets.length; i++) {
            prompter.say(String.format("  %d) %-11s %s", i + 1, presets[i].label, presets[i].baseUrl));
        }
        String choice = prompter.ask("Choose 1-" + presets.length + " or type a URL", "1", answer -> {
            if (answer.contains("://")) return require(EndpointSettings.checkBaseUrl(answer), answer);
            try {
                return presets[Integer.parseInt(answer) - 1].baseUrl;
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("choose a number from 1 to " + presets.length + ", or type a URL");
            }
        });
        return choice.isEmpty() ? prompter.ask("Base URL", null, valid(EndpointSettings::checkBaseUrl)) : choice;
    }

    private static String keyDefault(String url) {
        String env = Preset.forUrl(url).keyEnv;
        return env.isEmpty() ? "none" : env;
    }

    private static Function<String, String> valid(Function<String, String> check) {
        return value -> require(check.apply(value), value);
    }

    private static String require(String problem, String value) {
        if (problem != null) throw new IllegalArgumentException(problem);
        return value;
    }
}
