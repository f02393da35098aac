package dev.hermod.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/**
 * What the doctor and {@code plugins} need to know about one bundle.
 *
 * @param id the bundle id
 * @param symbolicName its symbolic name
 * @param version its version
 * @param location where it was installed from
 * @param state the OSGi state constant
 * @param fragment whether it is a fragment (RESOLVED is its normal state)
 * @param missing for an unresolved bundle, the mandatory requirements nothing provides
 */
record BundleFacts(long id, String symbolicName, String version, String location, int state, boolean fragment,
                   List<String> missing) {
    private static final Pattern PACKAGE = Pattern.compile("\\(osgi\\.wiring\\.package=([^)]+)\\)");

    static BundleFacts of(Bundle bundle, FrameworkWiring wiring) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        boolean fragment = revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        List<String> missing = bundle.getState() == Bundle.INSTALLED && revision != null && wiring != null
                ? missing(revision, wiring) : List.of();
        return new BundleFacts(bundle.getBundleId(), String.valueOf(bundle.getSymbolicName()), bundle.getVersion().toString(),
                bundle.getLocation(), bundle.getState(), fragment, missing);
    }

    private static List<String> missing(BundleRevision revision, FrameworkWiring wiring) {
        List<String> missing = new ArrayList<>();
        for (BundleRequirement r : revision.getDeclaredRequirements(null)) {
            String resolution = r.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            String effective = r.getDirectives().getOrDefault(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE, Namespace.EFFECTIVE_RESOLVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(resolution) || !Namespace.EFFECTIVE_RESOLVE.equals(effective)) continue;
            if (wiring.findProviders(r).isEmpty()) missing.add(describe(r.getNamespace(), r.getDirectives().get(Constants.FILTER_DIRECTIVE)));
        }
        return missing;
    }

    /** "package org.example" for a package import, else the namespace and its filter. */
    static String describe(String namespace, String filter) {
        if ("osgi.wiring.package".equals(namespace) && filter != null) {
            Matcher m = PACKAGE.matcher(filter);
            if (m.find()) return "package " + m.group(1);
        }
        return namespace + (filter == null ? "" : " " + filter);
    }

    /** The state's name, as people say it. */
    String stateName() {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "state " + state;
        };
    }

    /** Active, or a resolved fragment: nothing to report. */
    boolean healthy() {
        return state == Bundle.ACTIVE || state == Bundle.RESOLVED && fragment;
    }
}
