package dev.hermod.api.agent;

import java.util.List;
import java.util.Objects;

import dev.hermod.api.llm.ChatMessage;

/**
 * A finished turn, as {@link TurnObserver}s see it after the reply was delivered.
 *
 * @param sessionId the session
 * @param sessionKey the session key ({@code cli/local}, {@code telegram/42/7} ...), which scopes per-user data
 * @param userText what the person said (secrets redacted)
 * @param result how the turn ended, with its model and tool call counts
 * @param offeredSkills the skills whose summaries were added to the message, best first
 * @param transcript the turn's messages after the user message: assistant messages with their tool
 *        calls and the tool results, in order (secrets redacted)
 * @param failedToolCalls the ids of the tool calls in the transcript whose result was an error
 * @param ranSkill the skill the person ran by name ({@code /<skill-name> [details]}), whose whole text
 *        the model was given; empty when none (since 1.2)
 */
public record TurnRecord(String sessionId, String sessionKey, String userText, TurnResult result,
                         List<String> offeredSkills, List<ChatMessage> transcript,
                         List<String> failedToolCalls, String ranSkill) {
    public TurnRecord {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(result, "result");
        sessionKey = sessionKey == null ? "" : sessionKey;
        userText = userText == null ? "" : userText;
        offeredSkills = offeredSkills == null ? List.of() : List.copyOf(offeredSkills);
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
        failedToolCalls = failedToolCalls == null ? List.of() : List.copyOf(failedToolCalls);
        ranSkill = ranSkill == null ? "" : ranSkill;
    }

    /** A turn in which the person ran no skill by name. */
    public TurnRecord(String sessionId, String sessionKey, String userText, TurnResult result, List<String> offeredSkills,
                      List<ChatMessage> transcript, List<String> failedToolCalls) {
        this(sessionId, sessionKey, userText, result, offeredSkills, transcript, failedToolCalls, "");
    }
}
