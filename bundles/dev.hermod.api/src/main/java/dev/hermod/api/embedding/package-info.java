/**
 * Embedding SPI: turns text into vectors for semantic search (skill matching, memory recall).
 * Optional: every consumer works without an embedding model and uses one when it is registered.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.hermod.api.embedding;
