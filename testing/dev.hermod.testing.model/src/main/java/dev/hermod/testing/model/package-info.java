/**
 * A scripted OpenAI-compatible chat-completions server for tests and benchmarks: it plays a
 * queue of {@link dev.hermod.testing.model.Reply replies} on 127.0.0.1 and records every request.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.hermod.testing.model;
