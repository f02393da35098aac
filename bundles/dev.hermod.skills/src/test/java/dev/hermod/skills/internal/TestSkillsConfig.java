package dev.hermod.skills.internal;

import java.lang.annotation.Annotation;

/** A {@link SkillsConfig} built in code. */
record TestSkillsConfig(String bundled, String[] external, int budget) implements SkillsConfig {

    static TestSkillsConfig defaults() {
        return new TestSkillsConfig("", new String[0], 1500);
    }

    @Override
    public String bundled__dir() {
        return bundled;
    }

    @Override
    public String[] external__dirs() {
        return external;
    }

    @Override
    public int match__token__budget() {
        return budget;
    }

    @Override
    public String state__path() {
        return "";
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return SkillsConfig.class;
    }
}
