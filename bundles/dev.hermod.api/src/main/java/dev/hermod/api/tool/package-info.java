/** Tool SPI: what the model can call, its JSON schema, its toolset, and the context a call runs in. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.hermod.api.tool;
