package dev.hermod.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Service property of a {@link dev.hermod.api.llm.ChatModel}: {@code hermod.llm.name}. */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HermodModel {
    String PREFIX_ = "hermod.llm.";

    /** the endpoint name, as {@link dev.hermod.api.llm.ChatModel#name()} returns it. */
    String name();
}
