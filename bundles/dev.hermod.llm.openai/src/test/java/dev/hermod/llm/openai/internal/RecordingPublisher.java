package dev.hermod.llm.openai.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.hermod.api.llm.ChatModel;

/** A {@link ServicePublisher} that remembers what is registered now. */
final class RecordingPublisher implements ServicePublisher {
    record Registered(ChatModel model, Map<String, Object> properties) { }

    final List<Registered> live = new ArrayList<>();
    int publications;

    @Override
    public synchronized Publication publish(ChatModel model, Map<String, Object> properties) {
        Registered registered = new Registered(model, properties);
        live.add(registered);
        publications++;
        return () -> {
            synchronized (this) {
                live.remove(registered);
            }
        };
    }
}
