package dev.hermod.llm.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

class CompactJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void whitespaceBetweenTokensGoesStringsStayAsTheyAre() throws Exception {
        Map<String, Object> request = Map.of("model", "m", "stream", false, "n", 1500.5,
                "messages", List.of(Map.of("role", "user", "content",
                        "two  spaces, a \"quote\" , a tab\t, a backslash \\ and\n a newline { [ : , \u00e9")));
        String pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(request);

        String compact = CompactJson.of(pretty);

        assertEquals(json.writeValueAsString(json.readTree(pretty)), compact, "as Jackson writes it compact");
        assertEquals(json.readTree(pretty), json.readTree(compact), "the same JSON, every string intact");
    }

    @Test
    void anEscapedBackslashBeforeAClosingQuoteEndsTheString() {
        String pretty = "{ \"a\" : \"ends with \\\\\" , \"b\" : \" x \" }";
        assertEquals("{\"a\":\"ends with \\\\\",\"b\":\" x \"}", CompactJson.of(pretty));
    }
}
