package dev.hermod.llm.openai.internal;

import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import dev.hermod.api.llm.ChatModel;

/** Publishes through the bundle's own context. */
final class BundleServicePublisher implements ServicePublisher {
    private final BundleContext context;

    BundleServicePublisher(BundleContext context) {
        this.context = context;
    }

    @Override
    public Publication publish(ChatModel model, Map<String, Object> properties) {
        ServiceRegistration<ChatModel> registration =
                context.registerService(ChatModel.class, model, new Hashtable<>(properties));
        return () -> {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework unregistered it first
            }
        };
    }
}
