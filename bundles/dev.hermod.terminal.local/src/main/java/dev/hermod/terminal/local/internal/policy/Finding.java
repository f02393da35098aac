package dev.hermod.terminal.local.internal.policy;

/**
 * One reason a command needs approval.
 *
 * @param reason what the command would do, for the person approving it
 * @param key the normalised pattern that an approval "for this session" covers ({@code rm -rf /})
 */
public record Finding(String reason, String key) {}
