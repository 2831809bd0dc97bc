package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.totd.QuickCheck;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizQuickChecksTest {
    private static Tutor tutor;
    private static QuizQuickChecks checks;

    @BeforeAll
    static void setUp() throws Exception {
        tutor = new Tutor(GlossaryLoader.load(Path.of("glossary", "deep-learning")));
        checks = new QuizQuickChecks(new QuestionFactory(tutor));
    }

    @Test
    void quickCheckFor_everyTerm_asksForThatTermWithoutGivingItAway() {
        for (Entry entry : tutor.glossary().entries()) {
            // WHEN
            QuickCheck check = checks.quickCheckFor("s1", entry);

            // THEN the right option is the term, among four different terms, and the prompt masks it
            assertThat(check.correctOption()).isEqualTo(entry.term());
            assertThat(check.options()).hasSize(Question.OPTIONS).doesNotHaveDuplicates();
            assertThat(check.prompt().toLowerCase(Locale.ROOT)).doesNotContain(entry.term().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void quickCheckFor_sameTermTwice_givesTheSameCheck() {
        // GIVEN a term
        Entry pooling = tutor.glossary().get("Pooling");

        // WHEN its check is made twice (a preview, then the post)
        // THEN both are the same
        assertThat(checks.quickCheckFor("s1", pooling)).isEqualTo(checks.quickCheckFor("s1", pooling));
    }
}
