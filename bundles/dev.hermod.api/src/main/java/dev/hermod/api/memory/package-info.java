/** Memory provider SPI: the hooks through which memory backends see and shape every turn. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package dev.hermod.api.memory;
