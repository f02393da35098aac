package dev.hermod.terminal.local.internal;

import java.lang.annotation.Annotation;

/** Builds configuration annotations for tests, as DS would from ConfigAdmin. */
public final class TestConfigs {

    private TestConfigs() {}

    public static LocalTerminalConfig local(int maxOutputChars, boolean persistent, String[] blocklist, String[] passthrough) {
        return local(maxOutputChars, persistent, blocklist, passthrough, "");
    }

    public static LocalTerminalConfig local(int maxOutputChars, boolean persistent, String[] blocklist,
                                            String[] passthrough, String bashPath) {
        return new LocalTerminalConfig() {
            @Override public Class<? extends Annotation> annotationType() { return LocalTerminalConfig.class; }
            @Override public int max__output__chars() { return maxOutputChars; }
            @Override public boolean persistent__shell() { return persistent; }
            @Override public String[] env__blocklist() { return blocklist; }
            @Override public String[] env__passthrough() { return passthrough; }
            @Override public String bash__path() { return bashPath; }
            @Override public int background__buffer__chars() { return 10_000; }
        };
    }

    public static LocalTerminalConfig local() { return local(50_000, true, new String[0], new String[0]); }
}
