/** Model provider SPI: chat completions with tool calling and streaming, behind one vendor-neutral type set. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.hermod.api.llm;
