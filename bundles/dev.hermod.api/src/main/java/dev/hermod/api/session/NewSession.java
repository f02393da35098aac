package dev.hermod.api.session;

import java.util.Objects;

/**
 * A session to create.
 *
 * @param sessionKey the routing key ({@code platform/chat[/thread][/user]})
 * @param platform the platform id
 * @param userId the user, or empty
 * @param model the name of the model provider the session starts with
 * @param parentId the session that started this one (a subagent's parent), or empty
 */
public record NewSession(String sessionKey, String platform, String userId, String model, String parentId) {
    public NewSession {
        Objects.requireNonNull(sessionKey, "sessionKey");
        platform = platform == null ? "" : platform;
        userId = userId == null ? "" : userId;
        model = model == null ? "" : model;
        parentId = parentId == null ? "" : parentId;
    }
}
