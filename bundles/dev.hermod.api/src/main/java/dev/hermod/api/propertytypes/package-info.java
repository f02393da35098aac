/** Component property types: the API owns the names of the service properties plugins register with. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.hermod.api.propertytypes;
