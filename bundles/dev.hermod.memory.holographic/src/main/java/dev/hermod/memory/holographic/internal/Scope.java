package dev.hermod.memory.holographic.internal;

import dev.hermod.api.memory.MemoryContext;
import dev.hermod.api.tool.ToolContext;

/** Whose facts: {@code platform + ":" + userId}; the local CLI user is {@code cli:}. */
final class Scope {

    private Scope() {}

    static String of(MemoryContext context) {
        return of(context.platform(), context.userId());
    }

    static String of(ToolContext context) {
        return of(context.platform(), context.userId());
    }

    static String of(String platform, String userId) {
        return (platform == null ? "" : platform) + ":" + (userId == null ? "" : userId);
    }
}
