package dev.hermod.tools.file.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration shared by the file tools (PID {@code hermod.tools.file}).
 *
 * <p>DS turns a single {@code _} in a method name into {@code .} and a double {@code __} into
 * {@code _}: the doubled underscores give the keys {@code allow_credential_files},
 * {@code denied_paths} and {@code max_read_bytes} in {@code etc/hermod.tools.file.cfg}.
 */
@ObjectClassDefinition(name = "Hermod file tools",
        description = "Limits and protected paths of read_file, write_file, patch and search_files.")
public @interface FileToolsConfig {

    @AttributeDefinition(name = "Allow credential files",
            description = "When true, the file tools may read and write credential files (.env, ~/.ssh, "
                    + "~/.aws/credentials, private keys ...) and read Hermod's own etc/, state.db and logs/. "
                    + "Off by default so a prompt-injected agent cannot exfiltrate secrets.")
    boolean allow__credential__files() default false;

    @AttributeDefinition(name = "Denied paths",
            description = "Extra globs the file tools refuse. A glob without '/' matches any file or folder "
                    + "name (for example '*.sqlite' or 'secrets'); a glob with '/' matches an absolute path "
                    + "('~/' is the user's home), and everything below a matching folder is refused too.")
    String[] denied__paths() default {};

    @AttributeDefinition(name = "Maximum file size (bytes)",
            description = "Largest file that read_file and patch load and that search_files scans; "
                    + "bigger files are refused (read_file, patch) or skipped (search_files).")
    long max__read__bytes() default 10L * 1024 * 1024;
}
