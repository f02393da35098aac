package dev.hermod.core.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hermod.api.gateway.InboundMessage;

class GatewayRouterTest {

    @Test
    void splitsAtParagraphsThenLinesThenWordsWithinTheLimit() {
        String text = "para one is here\n\npara two is a bit longer than one\nwith a second line";
        List<String> parts = GatewayRouter.split(text, 40);
        assertEquals(List.of("para one is here", "para two is a bit longer than one", "with a second line"), parts);
        parts.forEach(p -> assertTrue(p.length() <= 40));
    }

    @Test
    void cutsUnbreakableTextHard() {
        assertEquals(List.of("aaaa", "aaaa", "aa"), GatewayRouter.split("aaaaaaaaaa", 4));
    }

    @Test
    void groupChatsGiveEachSenderTheirOwnSessionDirectChatsDoNot() {
        var group = new InboundMessage("telegram", "", "-100", "7", "u1", "Ann", "m1", "hi", null, false, null);
        var direct = new InboundMessage("telegram", "bot2", "42", "", "u1", "Ann", "m2", "hi", null, true, null);
        assertEquals("telegram/-100/7/u:u1", SessionKeys.of(group, true));
        assertEquals("telegram/-100/7", SessionKeys.of(group, false));
        assertEquals("telegram:bot2/42", SessionKeys.of(direct, true));
    }
}
