package dev.hermod.shell.internal;

/**
 * The command line of {@code hermod shell}.
 *
 * @param command the one command to run, or null for an interactive shell
 * @param help print the usage
 */
record ShellArgs(String command, boolean help) {

    static final String USAGE = """
            usage: hermod shell [-c "<command>"]
              -c, --command <command>   run one command, print its result, exit 0 (1 when it fails)
              -h, --help                show this help
            Attaches to a running gateway through $HERMOD_HOME/run/shell.sock when one serves it;
            otherwise runs the commands in this process. Try: hermod:status, sessions, tools, doctor.""";

    /** @throws IllegalArgumentException saying what is wrong */
    static ShellArgs parse(String... args) {
        String command = null;
        boolean help = false;
        for (int i = 0; args != null && i < args.length; i++) {
            switch (args[i]) {
                case "-c", "--command" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) throw new IllegalArgumentException(args[i] + " needs a command");
                    command = args[++i];
                }
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("unexpected argument '" + args[i]
                        + "'; run one command with: hermod shell -c \"" + args[i] + "\"");
            }
        }
        return new ShellArgs(command, help);
    }
}
