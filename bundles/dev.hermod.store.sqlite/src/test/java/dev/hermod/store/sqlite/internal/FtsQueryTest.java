package dev.hermod.store.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FtsQueryTest {

    @Test
    void plainWordsAreQuotedAndJoined() {
        FtsQuery q = FtsQuery.parse("  docker   compose ");
        assertEquals(List.of("\"docker\"", "\"compose\""), q.terms());
        assertEquals("\"docker\" \"compose\"", q.allTerms());
        assertEquals("\"docker\" OR \"compose\"", q.anyTerm());
    }

    @Test
    void operatorsAndPunctuationBecomeText() {
        assertEquals(List.of("\"cats\"", "\"AND\"", "\"dogs\""), FtsQuery.parse("cats AND dogs").terms());
        assertEquals(List.of("\"-rf\"", "\"col:value\"", "\"NEAR(a\"", "\"b)\""),
                FtsQuery.parse("-rf col:value NEAR(a b)").terms());
        assertEquals(List.of("\"it's\""), FtsQuery.parse("it's").terms());
    }

    @Test
    void phrasesPrefixesAndStrayQuotes() {
        assertEquals(List.of("\"blue kettle\"", "\"tea\""), FtsQuery.parse("\"blue kettle\" tea").terms());
        assertEquals(List.of("\"kett\"*"), FtsQuery.parse("kett*").terms());
        assertEquals(List.of("\"odd\"", "\"quote\""), FtsQuery.parse("odd \"quote").terms());
        assertEquals(List.of("\"a\"", "\"b\""), FtsQuery.parse("\"a\"\"b\"").terms());
    }

    @Test
    void nothingSearchableIsEmpty() {
        assertTrue(FtsQuery.parse("").isEmpty());
        assertTrue(FtsQuery.parse(null).isEmpty());
        assertTrue(FtsQuery.parse("* - \"\" ** ( ) 🙂").isEmpty());
    }

    @Test
    void termsAreCapped() {
        assertEquals(FtsQuery.MAX_TERMS, FtsQuery.parse("w ".repeat(10) + "x ".repeat(5)
                + String.join(" ", java.util.stream.IntStream.range(0, 100).mapToObj(i -> "t" + i).toList())).terms().size());
    }
}
