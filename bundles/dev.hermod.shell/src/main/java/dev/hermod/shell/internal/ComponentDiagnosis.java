package dev.hermod.shell.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Says, from the Service Component Runtime's DTOs, which DS components are not active and why:
 * a missing service, a missing configuration, or a failed activation with its exception message.
 */
final class ComponentDiagnosis {
    private ComponentDiagnosis() {}

    static List<Check> diagnose(Collection<ComponentDescriptionDTO> descriptions, Predicate<ComponentDescriptionDTO> enabled,
                                Function<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> configurations) {
        List<Check> findings = new ArrayList<>();
        int fine = 0;
        for (ComponentDescriptionDTO d : descriptions) {
            if (!enabled.test(d)) {
                findings.add(Check.info(label(d) + ": disabled"));
                continue;
            }
            Collection<ComponentConfigurationDTO> configs = configurations.apply(d);
            if (configs.isEmpty() && "require".equals(d.configurationPolicy)) findings.add(needsConfiguration(d));
            for (ComponentConfigurationDTO c : configs) {
                switch (c.state) {
                    case ComponentConfigurationDTO.ACTIVE, ComponentConfigurationDTO.SATISFIED -> fine++;
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> findings.add(needsConfiguration(d));
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> findings.add(unsatisfied(d, c));
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> findings.add(Check.fail(label(d) + ": failed to activate: "
                            + reason(c.failure)));
                    default -> findings.add(Check.warn(label(d) + ": in state " + c.state));
                }
            }
        }
        findings.add(0, Check.ok(fine + " components active or ready"));
        return findings;
    }

    private static Check needsConfiguration(ComponentDescriptionDTO d) {
        String pid = d.configurationPid == null || d.configurationPid.length == 0 ? d.name : d.configurationPid[0];
        return Check.info(label(d) + ": needs configuration PID " + pid + ": create etc/" + pid + ".cfg"
                + " (or etc/" + pid + "-<name>.cfg for one of several)");
    }

    private static Check unsatisfied(ComponentDescriptionDTO d, ComponentConfigurationDTO c) {
        List<String> missing = new ArrayList<>();
        for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences == null ? new UnsatisfiedReferenceDTO[0] : c.unsatisfiedReferences) {
            String service = Arrays.stream(d.references == null ? new ReferenceDTO[0] : d.references)
                    .filter(r -> r.name.equals(u.name)).map(r -> r.interfaceName).findFirst().orElse("?");
            missing.add(service + " (reference " + u.name + (u.target == null || u.target.isEmpty() ? "" : ", target " + u.target) + ")");
        }
        return Check.fail(label(d) + ": missing service " + String.join(", ", missing));
    }

    /** "OpenAiChatModel in dev.hermod.llm.openai": the component's simple name and its bundle. */
    static String label(ComponentDescriptionDTO d) {
        String name = d.name == null ? "?" : d.name.substring(d.name.lastIndexOf('.') + 1);
        return d.bundle == null ? name : name + " in " + d.bundle.symbolicName;
    }

    /** SCR gives a stack trace; the deepest cause's message is what tells the person what to fix. */
    static String reason(String failure) {
        if (failure == null || failure.isBlank()) return "(no reason given)";
        List<String> lines = failure.strip().lines().toList();
        String line = lines.get(0);
        for (String l : lines) if (l.startsWith("Caused by: ")) line = l.substring("Caused by: ".length());
        int colon = line.indexOf(": ");
        boolean classPrefix = colon > 0 && line.substring(0, colon).matches("[\\w.$]+(Exception|Error)");
        return classPrefix ? line.substring(colon + 2) : line;
    }
}
