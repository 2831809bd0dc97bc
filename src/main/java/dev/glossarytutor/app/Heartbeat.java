package dev.glossarytutor.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the time to {@code TUTOR_DATA_DIR/heartbeat} while the bot is connected to Discord. The
 * container's health check tests that the file is fresh, which says more than "the JVM runs": a
 * bot that lost the gateway and cannot get back stops beating and turns unhealthy.
 */
final class Heartbeat implements AutoCloseable {
    static final String FILE = "heartbeat";
    static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final Path file;
    private final BooleanSupplier alive;
    private final Clock clock;
    private ScheduledExecutorService executor;

    Heartbeat(Path dataDir, BooleanSupplier alive, Clock clock) {
        this.file = dataDir.resolve(FILE);
        this.alive = alive;
        this.clock = clock;
    }

    /** Beats every {@link #INTERVAL} on a daemon thread until closed. */
    synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "heartbeat");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(this::beat, 0, INTERVAL.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** One beat: the file gets the current time if the bot is alive; returns whether it was written. */
    boolean beat() {
        if (!alive.getAsBoolean()) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, clock.instant() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Writing the heartbeat {} failed: {}", file, e.toString());
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
