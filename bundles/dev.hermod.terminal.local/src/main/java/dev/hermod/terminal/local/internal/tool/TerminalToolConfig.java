package dev.hermod.terminal.local.internal.tool;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the terminal tool (PID {@code hermod.tools.terminal}); the process tool needs none. */
@ObjectClassDefinition(name = "Hermod terminal tool",
        description = "Which terminal backend runs the model's shell commands, and their limits.")
public @interface TerminalToolConfig {

    @AttributeDefinition(name = "Backend",
            description = "Id of the TerminalBackend service that runs commands (local, docker, ssh ...). When no "
                    + "backend with this id is available the tool refuses; it never falls back to another one.")
    String backend() default "local";

    @AttributeDefinition(name = "Default timeout (seconds)",
            description = "How long a foreground command may run when the model gives no timeout; then it and "
                    + "everything it started are killed.")
    int default__timeout__seconds() default 180;

    @AttributeDefinition(name = "Maximum timeout (seconds)",
            description = "The longest timeout the model may ask for on a foreground command; longer requests are cut to it.")
    int max__timeout__seconds() default 600;

    @AttributeDefinition(name = "Maximum background run time (seconds)",
            description = "Background processes still running after this long are killed (they are killed anyway "
                    + "when the session ends).")
    int max__background__seconds() default 86_400;

    @AttributeDefinition(name = "Maximum output characters",
            description = "Output kept per foreground command: the first and the last half of this, with a marker "
                    + "saying how much was cut from the middle.")
    int max__output__chars() default 50_000;

    @AttributeDefinition(name = "Persistent shell",
            description = "Keep the effects of cd and export from one command to the next within a session.")
    boolean persistent__shell() default true;
}
