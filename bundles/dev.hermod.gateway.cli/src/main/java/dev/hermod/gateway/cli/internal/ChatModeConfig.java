package dev.hermod.gateway.cli.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of {@code hermod chat}: PID {@code hermod.cli}, optional ({@code etc/hermod.cli.cfg}). A double
 * underscore in a method name is one underscore in the key: {@code approval_timeout_seconds = 120}.
 */
@ObjectClassDefinition(name = "Hermod CLI chat", description = "hermod chat: the terminal front end of the agent.")
public @interface ChatModeConfig {

    @AttributeDefinition(description = "Seconds an approval question waits for an answer before it denies the action.")
    int approval__timeout__seconds() default 300;

    @AttributeDefinition(description = "How many lines $HERMOD_HOME/chat_history keeps.")
    int history__size() default 1000;
}
