package dev.hermod.terminal.local.internal.policy;

import java.util.Set;

/** Files in a home directory that change how every future shell behaves, or record what was done. */
final class Accounts {

    static final Set<String> STARTUP_FILES = Set.of(".bashrc", ".bash_profile", ".bash_login", ".bash_logout",
            ".profile", ".zshrc", ".zshenv", ".zprofile", ".zlogin", ".zlogout", ".kshrc", ".mkshrc", ".cshrc",
            ".tcshrc", ".login", ".config/fish/config.fish", ".inputrc", ".bash_aliases", ".xprofile", ".xinitrc",
            ".pam_environment", ".config/environment.d");
    static final Set<String> HISTORY_FILES = Set.of(".bash_history", ".zsh_history", ".history", ".sh_history",
            ".local/share/fish/fish_history", ".python_history", ".node_repl_history", ".mysql_history",
            ".psql_history", ".sqlite_history", ".lesshst", ".viminfo");

    private Accounts() {}
}
