/** Messaging gateway SPI: bridges chat platforms to the agent. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.hermod.api.gateway;
