package dev.hermod.terminal.local.internal.tool;

import java.lang.annotation.Annotation;

/** The terminal tool's configuration for tests. */
final class ToolConfigs {

    private ToolConfigs() {}

    static TerminalToolConfig terminal(String backend, int defaultTimeout, int maxTimeout) {
        return new TerminalToolConfig() {
            @Override public Class<? extends Annotation> annotationType() { return TerminalToolConfig.class; }
            @Override public String backend() { return backend; }
            @Override public int default__timeout__seconds() { return defaultTimeout; }
            @Override public int max__timeout__seconds() { return maxTimeout; }
            @Override public int max__background__seconds() { return 600; }
            @Override public int max__output__chars() { return 10_000; }
            @Override public boolean persistent__shell() { return true; }
        };
    }
}
