package dev.hermod.memory.holographic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void findsEachKindOnce() {
        Map<String, String> found = kinds("Alice Smith moved to New York; she is @alice_s on the #rust forum, keeps"
                + " notes in ~/notes/todo.md and src/main/App.java, reads https://example.org/blog. and calls it"
                + " \"the big move\". Budget $1200, commute 45 min, disk 2 TB.");
        assertEquals("name", found.get("Alice Smith"));
        assertEquals("name", found.get("New York"));
        assertEquals("handle", found.get("@alice_s"));
        assertEquals("tag", found.get("#rust"));
        assertEquals("path", found.get("~/notes/todo.md"));
        assertEquals("path", found.get("src/main/App.java"));
        assertEquals("url", found.get("https://example.org/blog"));
        assertEquals("quoted", found.get("the big move"));
        assertEquals("quantity", found.get("$1200"));
        assertEquals("quantity", found.get("45 min"));
        assertEquals("quantity", found.get("2 TB"));
    }

    @Test
    void leadingStopWordsAreNotPartOfANameAndTheResultIsDeterministic() {
        String text = "The Alps are high. My Berlin flat is small.";
        assertEquals(List.of("Alps", "Berlin"), extractor.extract(text).stream().map(Entity::display).toList());
        assertEquals(extractor.extract(text), extractor.extract(text));
        assertEquals("new york", Entity.of("New   York", "name").key());
    }

    private Map<String, String> kinds(String text) {
        return extractor.extract(text).stream().collect(Collectors.toMap(Entity::display, Entity::kind));
    }
}
