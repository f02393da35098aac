package dev.hermod.api.skill;

import java.util.List;
import java.util.Objects;

/**
 * A skill the safety scanner held back. For operators (shell, doctor) only: it is never shown to
 * the model, and a quarantined skill is not listed, viewed or matched.
 *
 * @param name the skill name
 * @param location where it came from (a folder, or a source id)
 * @param findings what the scanner found, one line each ({@code rule at file:line: excerpt}), secrets redacted
 */
public record QuarantinedSkill(String name, String location, List<String> findings) {
    public QuarantinedSkill {
        Objects.requireNonNull(name, "name");
        location = location == null ? "" : location;
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
