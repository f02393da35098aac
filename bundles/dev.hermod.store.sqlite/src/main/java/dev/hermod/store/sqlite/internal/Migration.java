package dev.hermod.store.sqlite.internal;

import java.util.List;

/**
 * One step of the session schema. Steps are applied in version order, each once, and never
 * edited after release: a change is a new step.
 *
 * @param version the schema version this step produces, from 1
 * @param description what it changes, recorded in the version table
 * @param statements the DDL, run in one transaction
 */
record Migration(int version, String description, List<String> statements) {
    Migration {
        statements = List.copyOf(statements);
    }
}
