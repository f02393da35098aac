package dev.hermod.testing.model.internal;

import java.util.List;

import dev.hermod.testing.model.Reply;
import dev.hermod.testing.model.ScriptedToolCall;

/** The token counts one reply reports: fixed by the script, or estimated at four characters a token. */
record Tokens(int prompt, int completion, int cached) {

    static Tokens of(Reply reply, List<ScriptedToolCall> calls, String requestBody) {
        int answerChars = reply.text().length();
        for (ScriptedToolCall call : calls) answerChars += call.name().length() + call.arguments().length();
        int prompt = reply.promptTokens().orElse(Math.max(1, requestBody.length() / 4));
        int completion = reply.completionTokens().orElse(Math.max(1, answerChars / 4));
        return new Tokens(prompt, completion, Math.min(reply.cachedTokens(), prompt));
    }
}
