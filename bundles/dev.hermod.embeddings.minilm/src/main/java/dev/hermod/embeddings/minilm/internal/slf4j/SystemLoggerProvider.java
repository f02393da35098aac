package dev.hermod.embeddings.minilm.internal.slf4j;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The slf4j provider of this bundle's private copy of slf4j-api: the log lines of LangChain4j and DJL go to
 * {@link System.Logger}, which the launcher routes to Hermod's log file. Without a provider, slf4j
 * would print a warning to stderr and drop everything.
 *
 * <p>slf4j finds this class with {@code ServiceLoader} and the class loader of its own
 * {@code LoggerFactory}: since slf4j-api is embedded privately, that is this bundle's loader, which
 * sees {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider} in this bundle, so it works in
 * Felix without SPI Fly and whatever other slf4j the framework holds.
 */
public final class SystemLoggerProvider implements SLF4JServiceProvider {
    private final ILoggerFactory loggers = new SystemLoggerFactory();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override public ILoggerFactory getLoggerFactory() { return loggers; }
    @Override public IMarkerFactory getMarkerFactory() { return markers; }
    @Override public MDCAdapter getMDCAdapter() { return mdc; }
    @Override public String getRequestedApiVersion() { return "2.0.99"; }
    @Override public void initialize() { }
}
