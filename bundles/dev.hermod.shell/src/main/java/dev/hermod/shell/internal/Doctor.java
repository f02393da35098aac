package dev.hermod.shell.internal;

import java.util.Collection;
import java.util.List;

import dev.hermod.api.memory.PinnedFile;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.framework.wiring.FrameworkWiring;

import dev.hermod.shell.internal.DoctorReport.Section;

/** Examines the running Hermod and writes the report {@code hermod doctor} prints. */
final class Doctor {
    private final Inventory inventory;

    Doctor(Inventory inventory) {
        this.inventory = inventory;
    }

    DoctorReport examine() {
        List<PinnedFile> files;
        try {
            files = inventory.pinnedFiles();
        } catch (RuntimeException e) {
            files = List.of(); // the built-in memory's own health line says what is wrong
        }
        return new DoctorReport(inventory.home().toString(), List.of(
                new Section("Environment", List.of(
                        EnvironmentChecks.java(Runtime.version(), System.getProperty("java.vendor", "?")),
                        EnvironmentChecks.bash(System.getenv("PATH")))),
                new Section("Home", HomeChecks.check(inventory.home())),
                new Section("Models", ServiceChecks.models(inventory.models())),
                new Section("Memory", ServiceChecks.memory(inventory.memories(), files)),
                new Section("Skills", ServiceChecks.skills(inventory.skills(), inventory.skillAdmin())),
                new Section("Runtime", ServiceChecks.runtime(inventory.runtime())),
                new Section("Components", components()),
                new Section("Bundles", BundleDiagnosis.diagnose(bundles()))));
    }

    private List<Check> components() {
        ServiceComponentRuntime scr = inventory.scr().orElse(null);
        if (scr == null) return List.of(Check.fail("Declarative Services (Felix SCR) is not running: no component can start"));
        Collection<ComponentDescriptionDTO> descriptions = scr.getComponentDescriptionDTOs();
        return ComponentDiagnosis.diagnose(descriptions, scr::isComponentEnabled,
                scr::getComponentConfigurationDTOs);
    }

    List<BundleFacts> bundles() {
        FrameworkWiring wiring = inventory.wiring();
        return inventory.bundles().stream().map(b -> BundleFacts.of(b, wiring)).toList();
    }
}
