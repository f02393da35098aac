package dev.hermod.tools.file.internal;

import java.lang.annotation.Annotation;

/** A {@link FileToolsConfig} built in code, as ConfigAdmin would hand it to the component. */
record TestConfig(boolean allowCredentials, String[] denied, long maxBytes) implements FileToolsConfig {

    static TestConfig defaults() {
        return new TestConfig(false, new String[0], 10L * 1024 * 1024);
    }

    TestConfig withDenied(String... globs) {
        return new TestConfig(allowCredentials, globs, maxBytes);
    }

    TestConfig allowingCredentials() {
        return new TestConfig(true, denied, maxBytes);
    }

    TestConfig withMaxBytes(long bytes) {
        return new TestConfig(allowCredentials, denied, bytes);
    }

    @Override
    public boolean allow__credential__files() {
        return allowCredentials;
    }

    @Override
    public String[] denied__paths() {
        return denied;
    }

    @Override
    public long max__read__bytes() {
        return maxBytes;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return FileToolsConfig.class;
    }
}
