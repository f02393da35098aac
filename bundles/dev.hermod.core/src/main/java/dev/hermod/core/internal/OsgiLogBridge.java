package dev.hermod.core.internal;

import java.lang.System.Logger.Level;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Forwards warnings and errors of the OSGi log (SCR activation failures, FileInstall problems,
 * bundle errors) to {@code System.Logger}, so they land in {@code logs/hermod.log} instead of
 * nowhere (with a Log Service present, nobody else prints them).
 */
@Component(immediate = true, service = {})
public final class OsgiLogBridge implements LogListener {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReader(LogReaderService reader) { reader.addLogListener(this); }

    void removeReader(LogReaderService reader) { reader.removeLogListener(this); }

    @Override
    public void logged(LogEntry entry) {
        Level level = level(entry.getLogLevel());
        if (level == null) return;
        String source = entry.getBundle() == null ? "osgi" : entry.getBundle().getSymbolicName();
        System.getLogger("osgi." + source).log(level, entry.getMessage(), entry.getException());
    }

    /** Warnings, errors and audit entries are kept; info, debug and trace are not (SCR is chatty). */
    static Level level(LogLevel osgi) {
        return switch (osgi) {
            case AUDIT -> Level.INFO;
            case ERROR -> Level.ERROR;
            case WARN -> Level.WARNING;
            default -> null;
        };
    }
}
