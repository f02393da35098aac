package dev.hermod.shell.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the shell commands and doctor: PID {@code hermod.shell}, optional
 * ({@code etc/hermod.shell.cfg}; a double underscore in a method name is one underscore in the key).
 */
@ObjectClassDefinition(name = "Hermod shell", description = "The hermod:* shell commands and hermod doctor.")
public @interface InventoryConfig {

    @AttributeDefinition(description = "The local Maven repository `plugins install mvn:...` copies from;"
            + " empty for ~/.m2/repository.")
    String maven__repository() default "";
}
