package dev.hermod.tools.file.internal;

/** What a tool wants to do with a path; writes are checked against more rules than reads. */
enum Access { READ, WRITE }
