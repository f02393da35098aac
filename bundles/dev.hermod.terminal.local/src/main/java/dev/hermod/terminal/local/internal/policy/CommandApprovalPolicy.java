package dev.hermod.terminal.local.internal.policy;

import java.nio.file.Path;

/**
 * Decides which shell commands need a person's approval before they run. It parses the command
 * the way bash would (quotes, escapes, {@code $IFS}, substitutions, wrappers such as {@code sudo}
 * or {@code env}, nested {@code bash -c} and {@code eval} strings) and flags destructive or
 * hard-to-review actions, each with a reason and an approval key. Input it cannot parse is
 * flagged: it fails closed. Thread-safe and stateless.
 */
public final class CommandApprovalPolicy {

    private final Path userHome;
    private final RuleBook rules = new RuleBook();

    /** @param userHome the home directory of the user commands run as ({@code ~}, {@code $HOME}) */
    public CommandApprovalPolicy(Path userHome) { this.userHome = userHome; }

    /**
     * Assesses one command line.
     *
     * @param command the command as the model wrote it
     * @param workingDirectory where it will run (relative paths resolve against it)
     * @param hermodHome the Hermod home, whose etc/ and state.db are protected; may be {@code null}
     */
    public Assessment assess(String command, Path workingDirectory, Path hermodHome) {
        Places places = new Places(userHome, hermodHome, workingDirectory);
        Analysis analysis = new Analysis(places, rules);
        analysis.text(command, places.workspace);
        return new Assessment(analysis.findings());
    }
}
