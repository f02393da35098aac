package dev.hermod.bench.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import dev.hermod.api.llm.ChatModel;
import dev.hermod.testing.model.ScriptedModelServer;

/** A model endpoint configuration pointing at a scripted server, registered and ready; delete it when done. */
final class BenchEndpoint {

    private BenchEndpoint() {
    }

    static Configuration open(ConfigurationAdmin configAdmin, BundleContext context, String name, ScriptedModelServer model)
            throws IOException, InterruptedException {
        Configuration config = configAdmin.getFactoryConfiguration("hermod.llm.openai", name, "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("name", name);
        p.put("base_url", model.baseUrl());
        p.put("model", name);
        p.put("api_key_env", "");
        config.update(p);
        awaitModel(context, name);
        return config;
    }

    private static void awaitModel(BundleContext context, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                for (ServiceReference<ChatModel> ref : context.getServiceReferences(ChatModel.class, null)) {
                    ChatModel m = context.getService(ref);
                    try {
                        if (m != null && name.equals(m.name())) return;
                    } finally {
                        context.ungetService(ref);
                    }
                }
            } catch (org.osgi.framework.InvalidSyntaxException impossible) {
                throw new IllegalStateException(impossible);
            }
            TimeUnit.MILLISECONDS.sleep(50); // polling interval of a condition wait
        }
        throw new IllegalStateException("the bench model endpoint '" + name + "' did not register");
    }
}
