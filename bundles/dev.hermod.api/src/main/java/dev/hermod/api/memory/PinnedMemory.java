package dev.hermod.api.memory;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The pinned memory files the agent sees at session start (MEMORY.md, USER.md), for front ends
 * and operators: what they hold and how full they are against the limits actually in force.
 * Provided by the built-in memory.
 */
@ProviderType
public interface PinnedMemory {

    /**
     * The pinned files for one user, MEMORY.md first.
     *
     * @param platform the platform ({@code cli} for the local user)
     * @param userId the user on that platform; empty for the local user
     */
    List<PinnedFile> files(String platform, String userId);
}
