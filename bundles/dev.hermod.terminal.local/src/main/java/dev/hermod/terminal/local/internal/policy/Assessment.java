package dev.hermod.terminal.local.internal.policy;

import java.util.List;
import java.util.stream.Collectors;

/** What the policy found in one command line; empty when it may run without asking. */
public record Assessment(List<Finding> findings) {

    public Assessment { findings = List.copyOf(findings); }

    /** Whether a person must approve the command first. */
    public boolean flagged() { return !findings.isEmpty(); }

    /** One line per finding. */
    public List<String> reasons() { return findings.stream().map(Finding::reason).distinct().toList(); }

    /**
     * The approval key: the sorted, distinct finding keys. Approving "for this session" then covers
     * exactly commands with the same set of risky patterns, never a broader one.
     */
    public String key() {
        return findings.stream().map(Finding::key).distinct().sorted().collect(Collectors.joining("; "));
    }
}
