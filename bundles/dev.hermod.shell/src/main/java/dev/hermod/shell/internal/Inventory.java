package dev.hermod.shell.internal;

import static org.osgi.service.component.annotations.CollectionType.TUPLE;
import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.annotations.Designate;

import dev.hermod.api.agent.AgentRuntime;
import dev.hermod.api.memory.PinnedFile;
import dev.hermod.api.memory.PinnedMemory;
import dev.hermod.api.gateway.MessagingGateway;
import dev.hermod.api.llm.ChatModel;
import dev.hermod.api.memory.MemoryProvider;
import dev.hermod.api.session.SessionStore;
import dev.hermod.api.skill.SkillAdmin;
import dev.hermod.api.skill.SkillLibrary;
import dev.hermod.api.tool.Tool;

/**
 * Everything the shell and doctor look at, each reference optional and dynamic so that the shell
 * works with any part missing. Shared inside this bundle only.
 */
@Component(service = Inventory.class, immediate = true, configurationPid = "hermod.shell")
@Designate(ocd = InventoryConfig.class)
public final class Inventory {
    private final BundleContext context;
    private final InventoryConfig config;

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile AgentRuntime runtime;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile SessionStore sessions;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile SkillLibrary skills;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile SkillAdmin skillAdmin;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile PinnedMemory pinned;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile ServiceComponentRuntime scr;
    @Reference(service = Tool.class, cardinality = MULTIPLE, policy = DYNAMIC,
            policyOption = GREEDY, collectionType = TUPLE)
    private volatile List<Map.Entry<Map<String, Object>, Tool>> tools;
    @Reference(service = ChatModel.class, cardinality = MULTIPLE, policy = DYNAMIC,
            policyOption = GREEDY, collectionType = TUPLE)
    private volatile List<Map.Entry<Map<String, Object>, ChatModel>> models;
    @Reference(service = MessagingGateway.class, cardinality = MULTIPLE, policy = DYNAMIC,
            policyOption = GREEDY, collectionType = TUPLE)
    private volatile List<Map.Entry<Map<String, Object>, MessagingGateway>> gateways;
    @Reference(service = MemoryProvider.class, cardinality = MULTIPLE, policy = DYNAMIC,
            policyOption = GREEDY, collectionType = TUPLE)
    private volatile List<Map.Entry<Map<String, Object>, MemoryProvider>> memories;

    @Activate
    public Inventory(BundleContext context, InventoryConfig config) {
        this.context = context;
        this.config = config;
    }

    Path home() { return HermodHome.resolve(context); }

    InventoryConfig config() { return config; }

    Optional<AgentRuntime> runtime() { return Optional.ofNullable(runtime); }

    Optional<SessionStore> sessions() { return Optional.ofNullable(sessions); }

    Optional<SkillLibrary> skills() { return Optional.ofNullable(skills); }

    /** The skill loop's operator view (quarantined agent skills among others); empty when it is not running. */
    Optional<SkillAdmin> skillAdmin() { return Optional.ofNullable(skillAdmin); }

    /** The local user's pinned memory files, with the limits the built-in memory enforces; empty when it is not running. */
    List<PinnedFile> pinnedFiles() {
        PinnedMemory memory = pinned;
        return memory == null ? List.of() : memory.files("cli", "");
    }

    Optional<ServiceComponentRuntime> scr() { return Optional.ofNullable(scr); }

    List<Registered<Tool>> tools() { return registered(tools); }

    List<Registered<ChatModel>> models() { return registered(models); }

    List<Registered<MessagingGateway>> gateways() { return registered(gateways); }

    List<Registered<MemoryProvider>> memories() { return registered(memories); }

    List<Bundle> bundles() {
        return List.of(context.getBundles()).stream().sorted(Comparator.comparingLong(Bundle::getBundleId)).toList();
    }

    FrameworkWiring wiring() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
    }

    private <S> List<Registered<S>> registered(List<Map.Entry<Map<String, Object>, S>> entries) {
        if (entries == null) return List.of();
        return entries.stream().map(e -> new Registered<>(e.getValue(), e.getKey(), bundleName(e.getKey()))).toList();
    }

    private String bundleName(Map<String, Object> properties) {
        if (!(properties.get(Constants.SERVICE_BUNDLEID) instanceof Long id)) return "?";
        Bundle bundle = context.getBundle(id);
        return bundle == null ? "?" : bundle.getSymbolicName();
    }
}
