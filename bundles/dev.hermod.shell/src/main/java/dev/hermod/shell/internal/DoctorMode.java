package dev.hermod.shell.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.ToIntFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Launch mode {@code doctor}: prints the report; exit code 0 when healthy, 1 when there are problems.
 * Configuration files arrive through FileInstall shortly after start, so it first waits (at most
 * a few seconds) until the components stop changing.
 */
@Component(service = ToIntFunction.class, immediate = true, property = "hermod.launch.mode=doctor")
public final class DoctorMode implements ToIntFunction<String[]> {
    private static final Duration QUIET = Duration.ofMillis(1500);
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final Inventory inventory;

    @Activate
    public DoctorMode(@Reference Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public int applyAsInt(String[] args) {
        Settle.await(this::fingerprint, QUIET, MAX_WAIT);
        DoctorReport report = new Doctor(inventory).examine();
        System.out.print(report);
        System.out.flush();
        return report.healthy() ? 0 : 1;
    }

    private Object fingerprint() {
        Object components = inventory.scr().map(scr -> scr.getComponentDescriptionDTOs().stream()
                .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                .map(c -> c.description.name + "=" + c.state).sorted().toList()).orElse(null);
        return Arrays.asList(components, inventory.models().size(), inventory.bundles().size());
    }
}
