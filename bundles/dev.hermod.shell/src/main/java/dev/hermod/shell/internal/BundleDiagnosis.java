package dev.hermod.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;

/** Says which bundles are not running, and for an unresolved one, what it lacks. */
final class BundleDiagnosis {
    private BundleDiagnosis() {}

    static List<Check> diagnose(List<BundleFacts> bundles) {
        List<Check> findings = new ArrayList<>();
        long healthy = bundles.stream().filter(BundleFacts::healthy).count();
        findings.add(Check.ok(healthy + " of " + bundles.size() + " bundles active (or resolved fragments)"));
        for (BundleFacts b : bundles) {
            if (b.healthy()) continue;
            String name = b.symbolicName() + " " + b.version() + " [" + b.id() + "]";
            if (b.state() == Bundle.STARTING) {
                findings.add(Check.info(name + " is STARTING (lazy activation: starts on first use)"));
            } else if (b.state() == Bundle.INSTALLED) {
                findings.add(Check.fail(name + " is INSTALLED but cannot resolve" + (b.missing().isEmpty()
                        ? "" : ": nothing provides " + String.join(", ", b.missing()))));
            } else {
                findings.add(Check.fail(name + " is " + b.stateName() + " (stopped: start it, or remove it from plugins/)"));
            }
        }
        return findings;
    }
}
