package dev.hermod.memory.holographic.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns facts and queries into phase vectors. A text's vector bundles the vector of each content
 * word with each entity bound to the {@code entity} role; so two texts are similar when they share
 * words or entities, and unbinding the role from a fact's vector points at its entities.
 */
final class FactEncoder {

    private final int dimension;
    private final PhaseVector entityRole;
    private final EntityExtractor extractor = new EntityExtractor();

    FactEncoder(int dimension) {
        this.dimension = dimension;
        this.entityRole = PhaseVector.of("role:entity", dimension);
    }

    int dimension() { return dimension; }

    /** The vector of a fact or query text with its entities. */
    PhaseVector encode(Collection<String> tokens, Collection<Entity> entities) {
        List<PhaseVector> parts = new ArrayList<>(tokens.size() + entities.size());
        for (String token : tokens) parts.add(token(token));
        for (Entity entity : entities) parts.add(boundEntity(entity.key()));
        return PhaseVector.bundle(parts, dimension);
    }

    /** The vector of a text: its content words and the entities the extractor finds. */
    PhaseVector encode(String text) {
        return encode(Tokens.of(text), extractor.extract(text));
    }

    /** A stored fact's vector; re-encoded from its text when it was stored with another dimension. */
    PhaseVector vectorOf(Fact fact) {
        PhaseVector stored = PhaseVector.fromBytes(fact.vector(), dimension);
        return stored != null ? stored : encode(fact.text());
    }

    /** The vector of one content word. */
    PhaseVector token(String token) {
        return PhaseVector.of("token:" + token, dimension);
    }

    /** The vector of an entity (by key), unbound. */
    PhaseVector entity(String key) {
        return PhaseVector.of("entity:" + key, dimension);
    }

    /** An entity bound to the entity role, as it sits inside a fact's vector. */
    PhaseVector boundEntity(String key) {
        return entity(key).bind(entityRole);
    }

    /** What a fact's vector says about its entities: the fact with the entity role unbound. */
    PhaseVector entitiesOf(PhaseVector fact) {
        return fact.unbind(entityRole);
    }
}
