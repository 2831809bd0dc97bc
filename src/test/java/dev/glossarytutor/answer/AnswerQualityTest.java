package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glossarytutor.glossary.Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answer quality with the real models, judged the way the course's scorer judges: the first term
 * must be an expected one, comparisons must quote every term, and absent terms quote nothing.
 */
class AnswerQualityTest {
    private static final Path OWN_QUESTIONS = Path.of("src/test/resources/eval/regression-questions.jsonl");
    private static final Path DEV_QUESTIONS = Path.of("..", "shared", "eval", "dev-questions.jsonl");
    /**
     * Descriptions written after the engine was tuned, paraphrasing definitions loosely; no
     * weight or threshold was chosen on them. They estimate how descriptions we have never seen
     * fare (about two in three), and the floor keeps that from sliding back.
     */
    private static final Path UNSEEN_DESCRIPTIONS = Path.of("src/test/resources/eval/unseen-descriptions.jsonl");
    private static Tutor tutor;

    @BeforeAll
    static void setUp() {
        tutor = TestTutor.get();
    }

    @Test
    void ownRegressionQuestions_areAnsweredAtLeast95PercentRight_andNeverQuoteAnAbsentTerm() throws Exception {
        // GIVEN our own questions per category, never copied from the dev set
        // WHEN
        Score score = score(OWN_QUESTIONS);
        // THEN
        score.assertAtLeast(0.95);
    }

    @Test
    void devQuestions_areAnsweredAtLeast95PercentRight_andNeverQuoteAnAbsentTerm() throws Exception {
        // GIVEN the course's dev questions, which CI has beside the clone
        Assumptions.assumeTrue(Files.isRegularFile(DEV_QUESTIONS), "the dev questions are not beside this checkout");
        // WHEN
        Score score = score(DEV_QUESTIONS);
        // THEN
        score.assertAtLeast(0.95);
    }

    @Test
    void unseenDescriptions_areAnsweredAtLeastAsWellAsWhenWritten() throws Exception {
        // GIVEN loose descriptions of every term, written after tuning
        // WHEN
        Score score = score(UNSEEN_DESCRIPTIONS);
        // THEN 28 of 44 were right when the file was written
        score.assertAtLeast(0.62);
    }

    @Test
    void whatIsEveryTerm_quotesItsDefinitionVerbatim() {
        for (Entry entry : tutor.glossary().entries()) {
            // WHEN
            Answer answer = tutor.ask("what is " + entry.term() + "?");

            // THEN the first quote is the entry, with the glossary's exact text
            assertThat(answer.quotes()).as(entry.term()).isNotEmpty();
            assertThat(answer.quotes().get(0).entry()).as(entry.term()).isEqualTo(entry);
            assertThat(answer.quotes().get(0).definition()).isEqualTo(entry.definition());
        }
    }

    private static Score score(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> misses = new ArrayList<>();
        int total = 0;
        int falseQuotes = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            List<String> terms = tutor.ask(row.get("q").asText()).terms();
            total++;
            if (row.get("expect").isEmpty() && !terms.isEmpty()) {
                falseQuotes++;
            }
            if (!judge(row, terms)) {
                misses.add(row.get("q").asText() + " -> " + terms);
            }
        }
        return new Score(file, total, misses, falseQuotes);
    }

    private record Score(Path file, int total, List<String> misses, int falseQuotes) {
        void assertAtLeast(double minimum) {
            double accuracy = (total - misses.size()) / (double) total;
            assertThat(falseQuotes).as("definitions quoted for absent terms or chatter").isZero();
            assertThat(accuracy).as("accuracy on %s; misses: %s", file, misses).isGreaterThanOrEqualTo(minimum);
        }
    }

    /** The scorer's rule (score.py): names match after folding case and non-alphanumerics, prefix-tolerant. */
    private static boolean judge(JsonNode row, List<String> terms) {
        JsonNode expect = row.get("expect");
        if (expect.isEmpty()) {
            return terms.isEmpty();
        }
        if (row.has("all")) {
            List<String> head = terms.subList(0, Math.min(terms.size(), row.get("all").size() + 1));
            for (JsonNode e : row.get("all")) {
                if (head.stream().noneMatch(t -> same(t, e.asText()))) {
                    return false;
                }
            }
            return true;
        }
        if (terms.isEmpty()) {
            return false;
        }
        for (JsonNode e : expect) {
            if (same(terms.get(0), e.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (Math.min(x.length(), y.length()) < 4) {
            return x.equals(y);
        }
        return x.startsWith(y) || y.startsWith(x);
    }
}
