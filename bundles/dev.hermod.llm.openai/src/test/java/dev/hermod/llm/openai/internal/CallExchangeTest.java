package dev.hermod.llm.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CallExchangeTest {

    @Test
    void readsRetryAfterInSecondsOrAsADate() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), CallExchange.parseRetryAfter("7"));
        assertEquals(Optional.of(Duration.ofMillis(1500)), CallExchange.parseRetryAfter(" 1.5 "));
        String inAMinute = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = CallExchange.parseRetryAfter(inAMinute).orElseThrow();
        assertTrue(wait.toSeconds() > 50 && wait.toSeconds() <= 60, wait.toString());
        assertEquals(Optional.empty(), CallExchange.parseRetryAfter("soon"));
    }
}
