package dev.hermod.embeddings.minilm.internal.slf4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class SystemLoggerProviderTest {

    @Test
    void slf4jUsesThisBundlesProviderAndForwardsToSystemLogger() {
        assertInstanceOf(SystemLoggerFactory.class, LoggerFactory.getILoggerFactory(), "found through ServiceLoader");
        // the JDK's default System.Logger backend is java.util.logging: listen there
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("ai.djl.test");
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord r) { records.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        jul.addHandler(handler);
        jul.setUseParentHandlers(false);
        try {
            Logger logger = LoggerFactory.getLogger("ai.djl.test");
            logger.warn("retrying {} of {}", 1, 3);
            assertEquals(1, records.size());
            assertEquals(java.util.logging.Level.WARNING, records.get(0).getLevel());
            assertEquals("retrying 1 of 3", records.get(0).getMessage());
        } finally {
            jul.removeHandler(handler);
        }
    }
}
