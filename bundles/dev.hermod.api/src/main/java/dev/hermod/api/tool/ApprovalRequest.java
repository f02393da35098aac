package dev.hermod.api.tool;

import java.util.List;
import java.util.Objects;

/**
 * A request for a person to approve one exact action.
 *
 * @param tool the tool asking
 * @param action exactly what will run if approved (the full command, the path written ...)
 * @param reasons why it needs approval, one line each ({@code deletes files recursively from /} ...)
 * @param key the approval key: approving "for this session" approves later actions with the
 *        same key (for example the same command pattern), never anything broader
 */
public record ApprovalRequest(String tool, String action, List<String> reasons, String key) {
    public ApprovalRequest {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(action, "action");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        key = key == null ? action : key;
    }
}
