package dev.glossarytutor.testing;

import dev.glossarytutor.store.SqlGapRepository;
import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.coverage.AskedLog;
import dev.glossarytutor.coverage.CoverageGaps;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.store.sqlite.SqliteAskedTermRepository;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.SqliteScoreRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Fills a store with a semester of quiz answers, questions and gaps; shared with the report's timing and docs. */
public final class Semester {
    private Semester() {
    }

    /** Returns the term the simulation made hardest. */
    public static String simulate(SqliteDatabase db, Glossary glossary, MutableClock clock, Random random, int days,
                           int students, String server) {
        List<Entry> entries = new ArrayList<>(glossary.entries());
        Collections.shuffle(entries, random);
        Map<String, Double> chance = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            // the first is far harder than the rest, which run from 45% to 95%
            chance.put(entries.get(i).term(), i == 0 ? 0.2 : 0.45 + 0.5 * i / entries.size());
        }
        SqliteScoreRepository scores = new SqliteScoreRepository(db);
        AskedLog asked = new AskedLog(new SqliteAskedTermRepository(db), clock);
        CoverageGaps gaps = new CoverageGaps(new SqlGapRepository(db), clock);
        List<String> unknown = List.of("What is a flux capacitor?", "define flux capacitor", "what is the warp drive",
                "What's a tachyon?", "explain flux capacitor");
        Instant start = clock.instant();
        for (int day = 0; day < days; day++) {
            clock.set(start.plus(Duration.ofDays(day)).plus(Duration.ofHours(9)));
            for (int s = 0; s < students; s++) {
                for (int k = random.nextInt(5); k > 0; k--) {
                    Entry e = entries.get(random.nextInt(entries.size()));
                    scores.record(server, "student-" + s, e.term(), random.nextDouble() < chance.get(e.term()),
                            clock.instant());
                }
            }
            for (int k = 20 + random.nextInt(20); k > 0; k--) {
                Entry e = entries.get(random.nextInt(entries.size()));
                double roll = random.nextDouble();
                Answer answer = roll < 0.12
                        ? Answer.notFound(unknown.get(random.nextInt(unknown.size())), 0.3, List.of())
                        : roll < 0.3
                        ? Answer.described("the one about " + e.term(), new Quote(e, 0.6),
                                List.of(entries.get((entries.indexOf(e) + 1) % entries.size()).term()))
                        : Answer.quoting("what is " + e.term(), Answer.Kind.DEFINITION, List.of(new Quote(e, 0.9)), 0.9);
                asked.answered(server, answer);
                gaps.answered(server, answer);
            }
        }
        return entries.get(0).term();
    }
}
