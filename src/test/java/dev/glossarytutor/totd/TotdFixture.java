package dev.glossarytutor.totd;

import dev.glossarytutor.store.SqlScheduleRepository;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.SqliteRotationRepository;
import dev.glossarytutor.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real glossary, a real SQLite file and a hand-moved clock. {@link #restart()} builds a new
 * service on the same file, as a restarted process would.
 */
final class TotdFixture implements AutoCloseable {
    static final String SERVER = "server-1";

    final Path dbFile;
    final Glossary glossary;
    final MutableClock clock;
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    volatile int failuresToInject;
    private final AtomicLong seeds = new AtomicLong(42);
    SqliteDatabase db;
    SqlScheduleRepository schedules;
    SqliteRotationRepository rotations;
    TermOfTheDayService service;

    /** A post the transport accepted, with the moment it went out. */
    record Sent(String serverId, LocalDate date, String term, Instant at, TotdPost post) {
    }

    TotdFixture(Path dir, ZonedDateTime start) throws Exception {
        this.dbFile = dir.resolve("tutor.db");
        this.glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
        this.clock = MutableClock.at(start);
        open();
    }

    private void open() {
        db = SqliteDatabase.open(dbFile);
        schedules = new SqlScheduleRepository(db);
        rotations = new SqliteRotationRepository(db);
        service = new TermOfTheDayService(schedules, rotations, () -> glossary,
                TotdFixture::quickCheck, this::post, clock, seeds::incrementAndGet);
    }

    private void post(Schedule schedule, TotdPost post) {
        if (failuresToInject > 0) {
            failuresToInject--;
            throw new IllegalStateException("channel unreachable");
        }
        sent.add(new Sent(schedule.serverId(), post.date(), post.term(), clock.instant(), post));
    }

    /** A process restart: the old service and connection are gone, the file stays. */
    void restart() {
        db.close();
        open();
    }

    /** Sets the server's schedule as an instructor would, now. */
    Schedule schedule(String time, String zone, String days) {
        return service.updateSchedule(SERVER, (s, now) -> s.withChannel("#general", now)
                .withTime(TotdInput.time(time), now).withZone(ZoneId.of(zone), now).withDays(TotdInput.days(days), now));
    }

    /** Ticks every {@code step} from now until {@code end}, as the scheduler would. */
    void tickUntil(ZonedDateTime end, java.time.Duration step) {
        while (!clock.instant().isAfter(end.toInstant())) {
            service.postDue(ServedServers.DISCORD);
            clock.advance(step);
        }
    }

    List<String> sentTerms() {
        List<String> out = new ArrayList<>();
        sent.forEach(s -> out.add(s.term()));
        return out;
    }

    @Override
    public void close() {
        db.close();
    }

    /** A minimal check naming the term; the quiz-made checks are tested in QuizQuickChecksTest. */
    static QuickCheck quickCheck(String serverId, dev.glossarytutor.glossary.Entry entry) {
        return new QuickCheck("Which term is this?", java.util.List.of(entry.term(), "None of these"), 0);
    }
}
