/** Terminal backend SPI: sandboxes that execute shell commands (local, Docker, SSH ...). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.hermod.api.terminal;
