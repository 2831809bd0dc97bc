package dev.glossarytutor.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock tests move by hand; nothing ever sleeps. {@link #withZone} gives a view of the same
 * instant in another zone, so moving the clock moves every view (the application derives a UTC view
 * from the clock it is given).
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public MutableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    /** A clock at {@code start} in UTC. */
    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public static MutableClock at(ZonedDateTime start) {
        return new MutableClock(start.toInstant(), start.getZone());
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void set(ZonedDateTime time) {
        now.set(time.toInstant());
    }

    public void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public MutableClock withZone(ZoneId z) {
        return new MutableClock(now, z);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
