package dev.hermod.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;

/** A running Felix framework with the distribution's bundles, for one mode. */
final class FelixRuntime implements AutoCloseable {
    static final long MODE_WAIT_SECONDS = 30;

    private final Framework framework;
    private final Path storage;
    private final String mode;
    private final Thread shutdownHook;

    private FelixRuntime(Framework framework, Path storage, String mode) {
        this.framework = framework;
        this.storage = storage;
        this.mode = mode;
        this.shutdownHook = new Thread(this::stopQuietly, "hermod-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static FelixRuntime start(Distribution dist, Path home, String mode) throws LaunchException {
        Path storage;
        try {
            storage = Files.createTempDirectory("hermod-felix-");
        } catch (IOException e) {
            throw new LaunchException("cannot create the framework cache: " + e.getMessage(), e);
        }
        Map<String, String> props = properties(dist, home, mode, storage);
        // BUILD-FACTS trap 4: with a context class loader set, JLine (and others) look up their
        // providers there instead of in their own bundle; bundles that need one set it per call.
        Thread.currentThread().setContextClassLoader(null);
        Framework framework = new FrameworkFactory().newFramework(props);
        try {
            framework.init();
            BundleContext context = framework.getBundleContext();
            List<Bundle> installed = new ArrayList<>();
            for (Path jar : dist.bundles()) installed.add(context.installBundle("reference:" + jar.toUri()));
            framework.start();
            for (Bundle b : installed) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) startQuietly(b);
            }
        } catch (BundleException e) {
            throw new LaunchException("the OSGi framework failed to start: " + e.getMessage(), e);
        }
        return new FelixRuntime(framework, storage, mode);
    }

    static Map<String, String> properties(Distribution dist, Path home, String mode, Path storage) {
        Map<String, String> p = new HashMap<>(FrameworkProperties.of(home, mode, dist.skills()));
        p.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put("hermod.version", Distribution.version());
        return p;
    }

    private static void startQuietly(Bundle bundle) {
        try {
            bundle.start();
        } catch (BundleException e) {
            System.getLogger(FelixRuntime.class.getName()).log(System.Logger.Level.ERROR,
                    "bundle " + bundle.getSymbolicName() + " did not start: " + e.getMessage(), e);
        }
    }

    /** Calls the mode's entry point on this thread and returns its exit code. */
    @SuppressWarnings("unchecked")
    int runMode(String[] args, PrintStream err) throws LaunchException {
        BundleContext context = framework.getBundleContext();
        Filter filter;
        try {
            filter = FrameworkUtil.createFilter("(&(objectClass=" + ToIntFunction.class.getName()
                    + ")(hermod.launch.mode=" + mode + "))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open(true);
        try {
            Object entry = tracker.waitForService(TimeUnit.SECONDS.toMillis(MODE_WAIT_SECONDS));
            if (entry == null) {
                throw new LaunchException("the '" + mode + "' mode did not become available within " + MODE_WAIT_SECONDS
                        + " s: the bundle that provides it is missing or failed to start. See "
                        + "`hermod doctor` and the log in $HERMOD_HOME/logs/hermod.log");
            }
            return ((ToIntFunction<String[]>) entry).applyAsInt(args);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            tracker.close();
        }
    }

    /** Headless: runs until the process is told to stop (SIGTERM, Ctrl-C) or the framework stops. */
    int awaitShutdown(PrintStream err) {
        err.println("hermod gateway running; home " + framework.getBundleContext().getProperty("hermod.home")
                + " (stop with Ctrl-C or SIGTERM)");
        try {
            framework.waitForStop(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    private synchronized void stopQuietly() {
        try {
            if ((framework.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                framework.stop();
                framework.waitForStop(10_000);
            }
        } catch (BundleException | InterruptedException e) {
            System.getLogger(FelixRuntime.class.getName()).log(System.Logger.Level.WARNING, "stopping the framework: " + e);
        }
        deleteTree(storage);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover cache in the temp folder is harmless
        }
    }
}
