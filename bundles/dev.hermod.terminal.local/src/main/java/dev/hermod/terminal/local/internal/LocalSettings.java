package dev.hermod.terminal.local.internal;

/**
 * The backend-wide limits a sandbox applies.
 *
 * @param maxOutputChars the hard cap on kept foreground output
 * @param persistentShellAllowed false to ignore requests for a persistent shell
 * @param backgroundBufferChars the ring-buffer size of each background process
 */
record LocalSettings(int maxOutputChars, boolean persistentShellAllowed, int backgroundBufferChars) {
    LocalSettings {
        maxOutputChars = maxOutputChars <= 0 ? 50_000 : maxOutputChars;
        backgroundBufferChars = backgroundBufferChars <= 0 ? 200_000 : backgroundBufferChars;
    }

    static LocalSettings of(LocalTerminalConfig config) {
        return new LocalSettings(config.max__output__chars(), config.persistent__shell(), config.background__buffer__chars());
    }
}
