package dev.hermod.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Service property of a {@link dev.hermod.api.gateway.MessagingGateway}: {@code hermod.gateway.platform}. */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HermodGateway {
    String PREFIX_ = "hermod.gateway.";

    /** the platform id. */
    String platform();
}
