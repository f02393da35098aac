package dev.hermod.terminal.local.internal.policy;

/** Checks one kind of command and flags what is risky about it. */
@FunctionalInterface
interface CommandRule {
    void check(Call call);
}
