package dev.glossarytutor.app;

import dev.glossarytutor.answer.Tutor;
import java.util.Collection;
import java.util.List;
import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the memory start-up used and no longer needs, once it is done (the definitions are
 * embedded), so that answering questions starts from a small process (docs/operations.md, "Footprint").
 *
 * <ul>
 *   <li><b>Java heap:</b> start-up allocates about 175 MB to keep about 28 MB (the OpenNLP models,
 *       the indexes). G1 sized its heap for that churn (several hundred MB committed) and lets
 *       the young generation grow to 60% of it, so the first questions touched up to 80 MB of fresh
 *       heap on top. One full collection here compacts the 28 MB and shrinks the heap to about
 *       120 MB, which also caps the young generation the questions use.</li>
 *   <li><b>C heap:</b> the JIT compiler's work areas, ONNX Runtime's copies of the model while it
 *       builds its session and the tokenizer's are freed, but glibc keeps freed memory in its
 *       per-thread arenas. The JVM's {@code System.trim_native_heap} diagnostic command (glibc's
 *       {@code malloc_trim}, the same as {@code jcmd PID System.trim_native_heap}) returns it.</li>
 * </ul>
 *
 * The collection is one stop-the-world pause of about 50-200 ms on two busy cores; a question
 * arriving during it waits that long, once. On a JVM or C library without the trim, only the
 * collection happens.
 */
final class StartupGarbage {
    private static final Logger log = LoggerFactory.getLogger(StartupGarbage.class);
    /** Start-up happens once per process (the models are shared by every tutor in it), and so does this. */
    private static final java.util.concurrent.atomic.AtomicBoolean RELEASED = new java.util.concurrent.atomic.AtomicBoolean();

    private StartupGarbage() {
    }

    /**
     * Releases start-up's garbage once every course's definitions are embedded, on a daemon thread
     * of its own; only for the process's first start.
     */
    static void releaseOnceReady(Collection<Tutor> tutors) {
        List<Tutor> all = List.copyOf(tutors);
        if (RELEASED.get()) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                all.forEach(Tutor::awaitEmbeddings);
            } catch (RuntimeException e) {
                return; // a model that cannot load is reported where it is used
            }
            release();
        }, "tutor-release-startup-garbage");
        thread.setDaemon(true);
        thread.start();
    }

    /** Collects the heap once and trims the C heap, the first time it is called in this process; logs what each gave back. */
    static void release() {
        if (!RELEASED.compareAndSet(false, true)) {
            return;
        }
        Runtime rt = Runtime.getRuntime();
        long committed = rt.totalMemory();
        System.gc(); // start-up's churn is garbage now; the collection also shrinks the heap G1 grew for it
        log.info("Heap after start-up: {} MB committed, {} MB after one full collection ({} MB in use)",
                committed >> 20, rt.totalMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
        String trimmed = trimNativeHeap();
        if (!trimmed.isEmpty()) {
            log.info("Native heap after start-up: {}", trimmed);
        }
    }

    /** glibc's malloc_trim through the JVM's diagnostic command; its one-line report, or empty when the JVM has none. */
    static String trimNativeHeap() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object report = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[] {null}, new String[] {String[].class.getName()});
            return String.valueOf(report).strip();
        } catch (Exception | LinkageError e) {
            log.debug("Cannot trim the native heap on this JVM", e);
            return "";
        }
    }
}
