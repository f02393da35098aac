/**
 * A parser for the subset of bash syntax that decides what a command line runs: quoting,
 * expansions, substitutions, pipelines, lists, compound commands, redirections and here-documents.
 * It never executes or expands anything; dynamic parts stay visible as such.
 */
package dev.hermod.terminal.local.internal.shell;
