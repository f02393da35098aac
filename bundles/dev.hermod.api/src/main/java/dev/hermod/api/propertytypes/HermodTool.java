package dev.hermod.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service properties of a {@link dev.hermod.api.tool.Tool}: {@code hermod.tool.name} and
 * {@code hermod.tool.toolset}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HermodTool {
    String PREFIX_ = "hermod.tool.";

    /** The tool name, as in its spec. */
    String name();

    /** The toolset, as in its spec. */
    String toolset() default "core";
}
