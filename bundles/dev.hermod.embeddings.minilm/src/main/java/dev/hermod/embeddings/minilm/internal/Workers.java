package dev.hermod.embeddings.minilm.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that embed the texts of one batch in parallel, one per core, gone after a second idle.
 * Platform threads: an inference is a long native call, which would pin a virtual thread's carrier.
 */
final class Workers {
    private Workers() { }

    static ExecutorService start(ClassLoader bundle) {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "hermod-minilm-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    thread.setContextClassLoader(bundle);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
