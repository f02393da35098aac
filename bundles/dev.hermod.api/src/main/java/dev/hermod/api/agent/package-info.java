/** The agent runtime: how gateways and front ends hand turns to the agent. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package dev.hermod.api.agent;
