package dev.glossarytutor.coverage;

import dev.glossarytutor.store.SqlGapRepository;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.store.sqlite.SqliteAskedTermRepository;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.SqliteScoreRepository;
import dev.glossarytutor.testing.MutableClock;
import dev.glossarytutor.testing.Semester;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated semester in a real SQLite store: 60 days, 40 students, the seed glossary, quiz answers
 * whose chance of being right depends on the term. The report must tell the instructor what the
 * simulation built in.
 */
class ClassReportSemesterTest {
    static final String SERVER = "guild-1";
    static final int DAYS = 60;
    static final int STUDENTS = 40;

    @TempDir
    Path dir;
    private SqliteDatabase db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-02T00:00:00Z"));
    private Glossary glossary;

    @BeforeEach
    void open() throws Exception {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void report_should_match_the_store_and_name_the_hardest_term_when_a_semester_is_simulated() throws IOException {
        // GIVEN a semester: every term has a difficulty, the hardest far below the rest
        String hardest = Semester.simulate(db, glossary, clock, new Random(2026), DAYS, STUDENTS, SERVER);
        ClassReports reports = new ClassReports(new SqliteScoreRepository(db), new SqliteAskedTermRepository(db),
                new SqlGapRepository(db), () -> glossary, clock);

        // WHEN the instructor renders the report of the whole semester
        ClassReport report = reports.report(Actor.instructor("prof"), SERVER, DAYS);
        ReportCharts.Images images = ReportCharts.render(report);
        Map<String, byte[]> files = ReportExport.files(report, images);
        keepForInspection(files);

        // THEN all three charts are large PNGs
        for (byte[] png : List.of(images.heatMap(), images.questionsPerDay(), images.unanswered())) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
            assertThat(image.getHeight()).isGreaterThanOrEqualTo(400);
        }
        assertThat(ImageIO.read(new ByteArrayInputStream(images.heatMap())).getHeight())
                .as("a row per seed term").isGreaterThan(34 * glossary.size());
        // AND the CSV's numbers are the store's
        List<String[]> terms = csv(files.get(ReportExport.TERMS_CSV));
        assertThat(terms).hasSize(glossary.size());
        Map<String, int[]> quiz = storeQuiz();
        Map<String, Integer> asked = storeAsked();
        for (String[] row : terms) {
            int[] q = quiz.getOrDefault(row[0], new int[2]);
            assertThat(Integer.parseInt(row[2])).as("answers of " + row[0]).isEqualTo(q[0]);
            assertThat(Integer.parseInt(row[3])).as("correct of " + row[0]).isEqualTo(q[1]);
            assertThat(Integer.parseInt(row[4])).as("asked of " + row[0]).isEqualTo(asked.getOrDefault(row[0], 0));
        }
        List<String[]> days = csv(files.get(ReportExport.DAYS_CSV));
        assertThat(days).hasSize(DAYS);
        assertThat(days.stream().mapToInt(d -> Integer.parseInt(d[1]) + Integer.parseInt(d[2]) + Integer.parseInt(d[3])).sum())
                .isEqualTo(storeCount("SELECT COUNT(*) FROM asked_question WHERE server_id = '" + SERVER + "'"));
        assertThat(report.students()).isEqualTo(STUDENTS);
        // AND the weakest term is the one the simulation made hardest
        assertThat(terms.get(0)[0]).isEqualTo(hardest);
        assertThat(report.summary()).startsWith(STUDENTS + " students answered " + report.quizAnswers() + " quiz questions")
                .contains("weakest: " + hardest);
        // AND the most asked unanswered subject heads its chart's numbers
        assertThat(csv(files.get(ReportExport.UNANSWERED_CSV)).get(0)[0]).isEqualTo("flux capacitor");
        assertThat(new String(files.get(ReportExport.HTML), StandardCharsets.UTF_8)).contains("data:image/png;base64,iVBOR");
    }

    /** Leaves the files under target/ for a look (and for docs/report-heatmap.png). */
    private static void keepForInspection(Map<String, byte[]> files) throws IOException {
        Path out = Files.createDirectories(Path.of("target", "semester-report"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(out.resolve(f.getKey()), f.getValue());
        }
    }

    private Map<String, int[]> storeQuiz() {
        return db.read(c -> {
            Map<String, int[]> out = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT term, COUNT(*), SUM(correct) FROM quiz_answers WHERE server = ? GROUP BY term")) {
                st.setString(1, SERVER);
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    out.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }
            }
            return out;
        });
    }

    private Map<String, Integer> storeAsked() {
        return db.read(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT t.term, COUNT(*) FROM asked_question_term t"
                    + " JOIN asked_question q ON q.id = t.question_id WHERE q.server_id = ? GROUP BY t.term")) {
                st.setString(1, SERVER);
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    private int storeCount(String sql) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static List<String[]> csv(byte[] file) {
        List<String> lines = new String(file, StandardCharsets.UTF_8).lines().skip(1).toList();
        return lines.stream().map(l -> l.split(",", -1)).toList();
    }
}
