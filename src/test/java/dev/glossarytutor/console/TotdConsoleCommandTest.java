package dev.glossarytutor.console;

import dev.glossarytutor.store.SqlGapRepository;
import dev.glossarytutor.store.SqlScheduleRepository;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.coverage.CoverageGaps;
import dev.glossarytutor.define.TextRenderer;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.SqliteRotationRepository;
import dev.glossarytutor.testing.MutableClock;
import dev.glossarytutor.quiz.QuestionFactory;
import dev.glossarytutor.quiz.QuizQuickChecks;
import dev.glossarytutor.totd.TermOfTheDayService;
import dev.glossarytutor.totd.TotdAdmin;
import dev.glossarytutor.totd.TotdTextRenderer;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotdConsoleCommandTest {
    @TempDir
    Path dir;

    private SqliteDatabase db;
    private Tutor tutor;
    private final StringWriter posted = new StringWriter();
    private Repl repl;

    @BeforeEach
    void setUp() throws Exception {
        Glossary glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
        tutor = new Tutor(glossary);
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        MutableClock clock = MutableClock.at(ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")));
        TotdTextRenderer renderer = new TotdTextRenderer(new TextRenderer());
        TermOfTheDayService service = new TermOfTheDayService(new SqlScheduleRepository(db), new SqliteRotationRepository(db),
                tutor::glossary, new QuizQuickChecks(new QuestionFactory(tutor)),
                new ConsoleTotdPoster(new PrintWriter(posted), renderer), clock, () -> 7L);
        CoverageGaps gaps = new CoverageGaps(new SqlGapRepository(db), clock);
        tutor.addListener(gaps);
        repl = new Repl(tutor, new TextRenderer(), List.of(
                new TotdConsoleCommand(service, new TotdAdmin(service), renderer), new GapsConsoleCommand(gaps)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String run(String... lines) throws Exception {
        StringWriter out = new StringWriter();
        repl.run(new BufferedReader(new StringReader(String.join("\n", lines))), new PrintWriter(out), false);
        return out.toString();
    }

    @Test
    void totd_printsTodaysTermWithItsDefinitionVerbatimAndAQuickCheck() throws Exception {
        // GIVEN Epoch queued for today, WHEN `totd` runs
        String out = run("totd queue today epoch", "totd");

        // THEN the entry is printed whole, then the quick check
        assertThat(out).contains("Queued Epoch for today.", "Term of the day, 2026-11-02", "## Epoch\n"
                + tutor.glossary().get("Epoch").definition(), "Quick check: Which term is this?", "Answer: ");
    }

    @Test
    void totdUpcoming_printsDateTabTermLines() throws Exception {
        String out = run("totd upcoming 3");
        assertThat(out.lines().filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2}\t\\S.*")))
                .containsExactly(out.lines().filter(l -> l.contains("\t")).toArray(String[]::new)).hasSize(3);
        assertThat(out).contains("2026-11-02\t", "2026-11-03\t", "2026-11-04\t");
    }

    @Test
    void totd_explainsBadInputWithoutAStackTrace() throws Exception {
        String out = run("totd time 25:00", "totd zone Mars/Base", "totd upcoming lots", "totd frobnicate");
        assertThat(out).contains("use HH:MM from 00:00", "IANA name", "'lots' is not a number", "Unknown totd command")
                .doesNotContain("Exception", "went wrong");
    }

    @Test
    void totdPost_postsOnceAndSchedulingCommandsShowTheSchedule() throws Exception {
        String out = run("totd time 7:45", "totd zone America/New_York", "totd days weekdays", "totd pause",
                "totd post", "totd post");
        assertThat(out).contains("Term of the day: Mon-Fri at 07:45 (America/New_York) in console, paused",
                "Posted ", "was already posted");
        assertThat(posted.toString()).containsOnlyOnce("Term of the day, ");
    }

    @Test
    void gaps_reportsWhatTheConsoleCouldNotAnswer() throws Exception {
        // GIVEN questions typed at the console, WHEN `gaps` runs
        String out = run("what is dropout?", "What is Dropout", "Epoch", "gaps");

        // THEN the unanswered question is grouped and counted, and the answered term is listed
        assertThat(out).contains("   2 x  What is Dropout", "   1 x  Epoch");
    }
}
