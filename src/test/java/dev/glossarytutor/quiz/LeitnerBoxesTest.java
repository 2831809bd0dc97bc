package dev.glossarytutor.quiz;

import dev.glossarytutor.store.SqlLeitnerRepository;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.TestStores;
import dev.glossarytutor.testing.MutableClock;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeitnerBoxesTest {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
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
    void boxes_should_count_terms_per_box_and_those_due_by_tonight_when_a_student_has_cards() throws Exception {
        // GIVEN cards in boxes 1, 2, 2 and 5: one due now, one due this evening, two later; and a removed term
        SqlLeitnerRepository cards = new SqlLeitnerRepository(db);
        Instant now = clock.instant();
        cards.save(new LeitnerCard("ann", "Epoch", 1, now, now));
        cards.save(new LeitnerCard("ann", "Loss", 2, now.plus(Duration.ofHours(8)), now));
        cards.save(new LeitnerCard("ann", "Kernel", 2, now.plus(Duration.ofDays(1)), now));
        cards.save(new LeitnerCard("ann", "Tensor", 5, now.plus(Duration.ofDays(21)), now));
        cards.save(new LeitnerCard("ann", "No Longer A Term", 1, now, now));
        QuizProgress progress = TestStores.quizProgress(db, clock);

        // WHEN
        LeitnerBoxes boxes = progress.boxes("ann", glossary);
        byte[] png = LeitnerChart.png(boxes);

        // THEN
        assertThat(boxes.perBox()).containsExactly(1, 2, 0, 0, 1);
        assertThat(boxes.dueToday()).isEqualTo(2);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(LeitnerChart.WIDTH).isGreaterThanOrEqualTo(800);
        assertThat(progress.boxes("nobody", glossary).perBox()).isEqualTo(List.of(0, 0, 0, 0, 0));
    }
}
