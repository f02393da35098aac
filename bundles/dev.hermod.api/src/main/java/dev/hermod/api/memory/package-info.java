/**
 * Memory provider SPI: the hooks through which memory backends see and shape every turn; the
 * built-in memory's pinned files, archive view and user profiles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package dev.hermod.api.memory;
