/** Skill SPI: the library of SKILL.md playbooks and the sources that contribute to it. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package dev.hermod.api.skill;
