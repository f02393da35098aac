/** Session store: durable sessions, transcripts, usage counters and transcript search. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.hermod.api.session;
