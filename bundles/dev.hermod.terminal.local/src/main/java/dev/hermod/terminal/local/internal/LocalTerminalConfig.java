package dev.hermod.terminal.local.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the local terminal backend (PID {@code hermod.terminal.local}). */
@ObjectClassDefinition(name = "Hermod local terminal backend",
        description = "Runs shell commands on this host with bash, with secrets removed from their environment.")
public @interface LocalTerminalConfig {

    @AttributeDefinition(name = "Maximum output characters",
            description = "Hard cap on the output kept per foreground command, whatever the request asks; "
                    + "beyond it the middle of the output is cut and replaced by a marker.")
    int max__output__chars() default 50_000;

    @AttributeDefinition(name = "Persistent shell",
            description = "When false, no sandbox keeps cd/export effects between commands, even when "
                    + "the opener asks for a persistent shell.")
    boolean persistent__shell() default true;

    @AttributeDefinition(name = "Environment blocklist",
            description = "Extra environment variable names (case-insensitive, '*' as wildcard) never "
                    + "passed to commands, on top of every name containing API_KEY, TOKEN, SECRET, "
                    + "PASSWORD, PASSWD, CREDENTIAL or PRIVATE_KEY. Wins over the passthrough list.")
    String[] env__blocklist() default {};

    @AttributeDefinition(name = "Environment passthrough",
            description = "Variable names (case-insensitive, '*' as wildcard) passed to commands even "
                    + "though their name looks like a secret, for example GITHUB_TOKEN for gh.")
    String[] env__passthrough() default {};

    @AttributeDefinition(name = "bash path",
            description = "Absolute path of bash; empty to look for it on PATH, then /bin/bash and /usr/bin/bash.")
    String bash__path() default "";

    @AttributeDefinition(name = "Background output buffer (characters)",
            description = "How much of the newest output each background process keeps for the process tool.")
    int background__buffer__chars() default 200_000;
}
