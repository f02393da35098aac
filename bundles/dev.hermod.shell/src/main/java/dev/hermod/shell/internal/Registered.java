package dev.hermod.shell.internal;

import java.util.Map;

/**
 * A service with its registration properties and the bundle that registered it.
 *
 * @param service the service object
 * @param properties its service properties
 * @param bundle the symbolic name of the registering bundle, or "?" when unknown
 */
record Registered<S>(S service, Map<String, Object> properties, String bundle) {

    /** An integer property, or {@code fallback}. */
    int intProperty(String key, int fallback) {
        return properties.get(key) instanceof Number n ? n.intValue() : fallback;
    }
}
