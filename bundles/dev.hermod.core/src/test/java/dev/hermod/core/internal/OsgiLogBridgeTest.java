package dev.hermod.core.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.System.Logger.Level;

import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogLevel;

class OsgiLogBridgeTest {
    @Test
    void keepsWarningsErrorsAndAuditDropsTheChatter() {
        assertEquals(Level.ERROR, OsgiLogBridge.level(LogLevel.ERROR));
        assertEquals(Level.WARNING, OsgiLogBridge.level(LogLevel.WARN));
        assertEquals(Level.INFO, OsgiLogBridge.level(LogLevel.AUDIT));
        assertNull(OsgiLogBridge.level(LogLevel.INFO));
        assertNull(OsgiLogBridge.level(LogLevel.DEBUG));
    }
}
