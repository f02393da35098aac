package dev.hermod.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Service property of a {@link dev.hermod.api.memory.MemoryProvider}: {@code hermod.memory.name}. */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HermodMemory {
    String PREFIX_ = "hermod.memory.";

    /** the provider name. */
    String name();
}
