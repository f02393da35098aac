package dev.hermod.shell.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the shell socket: PID {@code hermod.shell.socket}, optional. */
@ObjectClassDefinition(name = "Hermod shell socket",
        description = "The owner-only Unix socket $HERMOD_HOME/run/shell.sock through which `hermod shell` attaches to a running gateway.")
public @interface ShellSocketServerConfig {

    @AttributeDefinition(description = "Serve the shell socket at all.")
    boolean enabled() default true;

    @AttributeDefinition(description = "The launch modes (framework property hermod.launch.mode) in which the socket is served.")
    String[] modes() default {"gateway"};
}
