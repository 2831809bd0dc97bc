package dev.glossarytutor.totd;

import dev.glossarytutor.store.SqlScheduleRepository;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.SqliteRotationRepository;
import dev.glossarytutor.store.sqlite.SqliteTotdClaimRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A tutor process that posts the term of the day: it waits for the test's signal, then posts now on
 * each of {@code servers} servers. Every post it makes is appended, one line each, to a file shared
 * by all probes: {@code server date term owner}.
 *
 * <p>Arguments: database, posts file, go file, owner, number of servers, instant (the fixed clock).
 */
public final class TotdRaceProbe {
    private TotdRaceProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dbFile = Path.of(args[0]);
        Path posts = Path.of(args[1]);
        Path go = Path.of(args[2]);
        String owner = args[3];
        int servers = Integer.parseInt(args[4]);
        Clock clock = Clock.fixed(Instant.parse(args[5]), ZoneOffset.UTC);
        Glossary glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            TermOfTheDayService service = new TermOfTheDayService(new SqlScheduleRepository(db),
                    new SqliteRotationRepository(db), new SqliteTotdClaimRepository(db), owner, () -> glossary,
                    TotdFixture::quickCheck, (schedule, post) -> Files.writeString(posts,
                            schedule.serverId() + " " + post.date() + " " + post.term() + " " + owner + "\n",
                            StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                    clock, () -> 42L);
            dev.glossarytutor.testing.JavaProcesses.awaitGo(go);
            for (int i = 1; i <= servers; i++) {
                service.postNow("server-" + i);
            }
        }
        System.out.println("done");
    }
}
