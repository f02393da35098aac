package dev.hermod.gateway.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChatArgsTest {

    @Test
    void noArgumentsMeansAConversation() throws Exception {
        ChatArgs args = ChatArgs.parse();
        assertNull(args.query());
        assertNull(args.resumeId());
    }

    @Test
    void readsEveryOptionInShortLongAndEqualsForms() throws Exception {
        ChatArgs args = ChatArgs.parse("-q", "what is 2+2?", "--model=fast", "--resume", "abc");
        assertEquals("what is 2+2?", args.query());
        assertEquals("fast", args.model());
        assertEquals("abc", args.resumeId());
        assertTrue(ChatArgs.parse("--continue").continueLast());
        assertTrue(ChatArgs.parse("-h").help());
    }

    @Test
    void rejectsWhatItCannotUnderstand() {
        assertEquals("unknown option --colour", assertThrows(UsageException.class, () -> ChatArgs.parse("--colour")).getMessage());
        assertEquals("-q needs a value", assertThrows(UsageException.class, () -> ChatArgs.parse("-q")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> ChatArgs.parse("hello")).getMessage().contains("quote a question"));
        assertTrue(assertThrows(UsageException.class, () -> ChatArgs.parse("--continue", "--resume", "x"))
                .getMessage().contains("either"));
    }
}
