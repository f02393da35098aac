package dev.hermod.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.dto.BundleDTO;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

class ComponentDiagnosisTest {

    static ComponentDescriptionDTO description(String name, String bundle, String policy, String... pids) {
        ComponentDescriptionDTO d = new ComponentDescriptionDTO();
        d.name = name;
        d.bundle = new BundleDTO();
        d.bundle.symbolicName = bundle;
        d.configurationPolicy = policy;
        d.configurationPid = pids.length == 0 ? new String[] {name} : pids;
        d.references = new ReferenceDTO[0];
        return d;
    }

    static ComponentConfigurationDTO configuration(ComponentDescriptionDTO d, int state) {
        ComponentConfigurationDTO c = new ComponentConfigurationDTO();
        c.description = d;
        c.state = state;
        return c;
    }

    @Test
    void saysWhyEachComponentIsNotActive() {
        ComponentDescriptionDTO active = description("dev.hermod.tools.file.internal.ReadFileTool", "dev.hermod.tools.file", "optional");
        ComponentDescriptionDTO agent = description("dev.hermod.core.internal.AgentService", "dev.hermod.core", "optional");
        ReferenceDTO store = new ReferenceDTO();
        store.name = "store";
        store.interfaceName = "dev.hermod.api.session.SessionStore";
        agent.references = new ReferenceDTO[] {store};
        ComponentConfigurationDTO agentConfig = configuration(agent, ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        UnsatisfiedReferenceDTO missing = new UnsatisfiedReferenceDTO();
        missing.name = "store";
        agentConfig.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {missing};
        ComponentDescriptionDTO model = description("dev.hermod.llm.openai.internal.OpenAiChatModel", "dev.hermod.llm.openai",
                "require", "hermod.llm.openai");
        ComponentDescriptionDTO telegram = description("dev.hermod.gateway.telegram.internal.TelegramGateway",
                "dev.hermod.gateway.telegram", "require", "hermod.gateway.telegram");
        ComponentConfigurationDTO modelConfig = configuration(model, ComponentConfigurationDTO.FAILED_ACTIVATION);
        modelConfig.failure = """
                org.osgi.service.component.ComponentException: java.lang.IllegalStateException: wrapped
                \tat org.apache.felix.scr.impl.Something.activate(Something.java:12)
                Caused by: java.lang.IllegalStateException: environment variable OPENROUTER_API_KEY is not set; export it
                \tat dev.hermod.llm.openai.internal.EndpointSettings.apiKey(EndpointSettings.java:80)
                """;
        ComponentDescriptionDTO disabled = description("x.Disabled", "x", "optional");

        Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> configs = Map.of(
                active, List.of(configuration(active, ComponentConfigurationDTO.ACTIVE)),
                agent, List.of(agentConfig), model, List.of(modelConfig), telegram, List.of(), disabled, List.of());
        List<String> report = ComponentDiagnosis.diagnose(List.of(active, agent, model, telegram, disabled),
                d -> d != disabled, configs::get).stream().map(Check::toString).toList();

        assertEquals(List.of(
                "✓ 1 components active or ready",
                "✗ AgentService in dev.hermod.core: missing service dev.hermod.api.session.SessionStore (reference store)",
                "✗ OpenAiChatModel in dev.hermod.llm.openai: failed to activate: environment variable OPENROUTER_API_KEY is not set; export it",
                "– TelegramGateway in dev.hermod.gateway.telegram: needs configuration PID hermod.gateway.telegram:"
                        + " create etc/hermod.gateway.telegram.cfg (or etc/hermod.gateway.telegram-<name>.cfg for one of several)",
                "– Disabled in x: disabled"), report);
    }

    @Test
    void aMissingTargetIsNamed() {
        ComponentDescriptionDTO d = description("a.B", "a", "optional");
        ReferenceDTO ref = new ReferenceDTO();
        ref.name = "model";
        ref.interfaceName = "dev.hermod.api.llm.ChatModel";
        d.references = new ReferenceDTO[] {ref};
        ComponentConfigurationDTO c = configuration(d, ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        UnsatisfiedReferenceDTO u = new UnsatisfiedReferenceDTO();
        u.name = "model";
        u.target = "(hermod.llm.name=fast)";
        c.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {u};
        assertEquals("✗ B in a: missing service dev.hermod.api.llm.ChatModel (reference model, target (hermod.llm.name=fast))",
                ComponentDiagnosis.diagnose(List.of(d), x -> true, x -> List.of(c)).get(1).toString());
    }

    @Test
    void aFailureWithoutCauseKeepsItsMessage() {
        assertEquals("boom", ComponentDiagnosis.reason("java.lang.RuntimeException: boom\n\tat x.y(Z.java:1)"));
        assertEquals("(no reason given)", ComponentDiagnosis.reason(null));
    }
}
