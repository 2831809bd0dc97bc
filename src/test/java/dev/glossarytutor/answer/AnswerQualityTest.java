package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.testing.OutsideGlossaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answer quality with the real models, judged the way the course's scorer judges: the first term
 * must be an expected one, comparisons must quote every term, and absent terms quote nothing.
 *
 * <p>The fresh question files (src/test/resources/eval/GLOSSARY/fresh.jsonl) were written by
 * people who had not read the code, before the scorer was fitted. The shipped tuning is fitted on
 * them, so their own figures are in-sample; the honest figure is the leave-one-glossary-out one,
 * where the scorer never saw the glossary it is scored on. The floors below are the figures
 * measured when the scorer was fitted (docs/matching.md), rounded down: they keep quality from
 * sliding back, they are not the goal.
 */
class AnswerQualityTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final Path OWN_QUESTIONS = EVAL.resolve("regression-questions.jsonl");
    private static final Path DEV_QUESTIONS = Path.of("..", "shared", "eval", "dev-questions.jsonl");
    /** Loose descriptions written after the first engine was tuned; no weight was chosen on them alone. */
    private static final Path UNSEEN_DESCRIPTIONS = EVAL.resolve("unseen-descriptions.jsonl");
    private static Tutor tutor;
    private static final Map<String, Tutor> OUTSIDE_TUTORS = new java.util.HashMap<>();

    @BeforeAll
    static void setUp() {
        tutor = TestTutor.get();
    }

    @Test
    void devQuestions_areAnsweredAtLeast95PercentRight_andNeverQuoteAnAbsentTerm() throws Exception {
        // GIVEN the course's dev questions, which CI has beside the clone
        Assumptions.assumeTrue(Files.isRegularFile(DEV_QUESTIONS), "the dev questions are not beside this checkout");
        // WHEN
        Tuner.Score score = score("dev", tutor, DEV_QUESTIONS);
        // THEN
        assertAtLeast(score, 0.95, 0);
    }

    @Test
    void ownRegressionQuestions_areAnsweredAtLeast93PercentRight_andNeverQuoteAnAbsentTerm() throws Exception {
        // GIVEN our own questions per category, never copied from the dev set
        // WHEN
        Tuner.Score score = score("regression", tutor, OWN_QUESTIONS);
        // THEN 0.953 under the first scorer, 0.935 since thresholds keep 97% abstention in each glossary
        // (docs/matching.md): a few misspelt names inside longer phrases now wait for the LOOSE threshold
        assertAtLeast(score, 0.93, 0);
    }

    @Test
    void unseenDescriptions_areAnsweredAtLeastAsWellAsWhenWritten() throws Exception {
        // GIVEN loose descriptions of every term
        // WHEN
        Tuner.Score score = score("unseen", tutor, UNSEEN_DESCRIPTIONS);
        // THEN 28 of 44 were right when the file was written; 26 since descriptions are embedded as the whole
        // message, which gained 8 descriptions of 225 in leave-one-glossary-out (docs/matching.md)
        assertAtLeast(score, 0.59, 1);
    }

    @Test
    void freshQuestions_onTheSeedGlossary_keepTheirFittedAccuracy() throws Exception {
        // GIVEN 300 fresh questions on the seed glossary
        // WHEN
        Tuner.Score score = score("deep-learning", tutor, EVAL.resolve("deep-learning/fresh.jsonl"));
        // THEN (0.863 with 1 false quote in the current fit)
        assertAtLeast(score, 0.85, 2);
    }

    @Test
    void freshQuestions_onTheOutsideGlossaries_keepTheirFittedAccuracy() throws Exception {
        // GIVEN the outside glossaries, read where they lie, and 300 fresh questions on each
        OutsideGlossaries.assumePresent();
        for (Map.Entry<String, Double> glossary : Map.of("networking", 0.85, "statistics", 0.77).entrySet()) {
            // WHEN
            Tuner.Score score = score(glossary.getKey(), outside(glossary.getKey()),
                    EVAL.resolve(glossary.getKey() + "/fresh.jsonl"));
            // THEN
            assertAtLeast(score, glossary.getValue(), 2); // 0.867 and 0.783, no false quote, in the current fit
        }
    }

    @Test
    void unfittedQuestions_onEveryGlossary_keepTheirAccuracyAndQuoteNoAbsentTerm() throws Exception {
        // GIVEN 100 more questions per glossary (unfitted.jsonl), written after the scorer was fitted by
        // someone who read only the glossaries, and never fitted on: 0.92 / 0.93 / 0.81 when written
        // (0.93 / 0.94 / 0.77 since the fit includes the questions that must abstain: statistics gave up
        // some chatty questions in chat form for fewer quoted absent terms everywhere, docs/matching.md;
        // 0.93 / 0.96 / 0.83 with stated names and compounds around a name)
        Map<String, Double> floors = Map.of("deep-learning", 0.91, "networking", 0.93, "statistics", 0.80);
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("unfitted.jsonl");
        // THEN
        scores.forEach((glossary, score) -> assertAtLeastWithoutMisses(score, floors.get(glossary), 1));
    }

    @Test
    void finalQuestions_onEveryGlossary_keepTheirAccuracy() throws Exception {
        // GIVEN 100 more questions per glossary (final.jsonl), written before the last changes by someone who
        // read only the glossaries, scored only as a whole: 0.87 / 0.88 / 0.79 with 1 / 1 / 4 false quotes;
        // 0.91 / 0.87 / 0.83 with 0 / 1 / 1 since descriptions are read by their form and the fit includes
        // the questions that must abstain; 0.93 / 0.91 / 0.87 with stated names and compounds around a name.
        // Its misses are never printed: nobody reads them
        Map<String, Double> floors = Map.of("deep-learning", 0.91, "networking", 0.89, "statistics", 0.85);
        Map<String, Integer> falseQuotes = Map.of("deep-learning", 1, "networking", 1, "statistics", 1);
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("final.jsonl");
        // THEN
        scores.forEach((glossary, score) ->
                assertAtLeastWithoutMisses(score, floors.get(glossary), falseQuotes.get(glossary)));
    }

    @Test
    void final2Questions_onEveryGlossary_keepTheirAccuracy() throws Exception {
        // GIVEN 100 more questions per glossary (final2.jsonl), written at the start of the seventh session
        // by someone who read only the glossaries, scored only as a whole: 0.82 / 0.86 / 0.74 with
        // 0 / 1 / 2 false quotes when written, 0.83 / 0.86 / 0.81 with 0 / 2 / 1 at that session's end.
        // Its misses are never printed: nobody reads them
        Map<String, Double> floors = Map.of("deep-learning", 0.80, "networking", 0.85, "statistics", 0.77);
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("final2.jsonl");
        // THEN
        scores.forEach((glossary, score) -> assertAtLeastWithoutMisses(score, floors.get(glossary), 2));
    }

    @Test
    void final3Questions_onEveryGlossary_keepTheirAccuracy() throws Exception {
        // GIVEN 100 more questions per glossary (final3.jsonl), written at the start of the eighth session
        // by someone who read only the glossaries, scored only as a whole: 0.86 / 0.92 / 0.87 with
        // 1 / 0 / 0 false quotes when written, 0.88 / 0.92 / 0.87 at that session's end.
        // Its misses are never printed: nobody reads them
        Map<String, Double> floors = Map.of("deep-learning", 0.86, "networking", 0.90, "statistics", 0.85);
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("final3.jsonl");
        // THEN
        scores.forEach((glossary, score) -> assertAtLeastWithoutMisses(score, floors.get(glossary), 1));
    }

    @Test
    void final4Questions_onEveryGlossary_keepTheirAccuracy() throws Exception {
        // GIVEN 100 more questions per glossary (final4.jsonl), written at the start of the ninth session
        // by someone who read only the glossaries, scored only as a whole: 0.91 / 0.87 / 0.82 with
        // 0 / 1 / 0 false quotes when written. Its misses are never printed: nobody reads them
        Map<String, Double> floors = Map.of("deep-learning", 0.89, "networking", 0.85, "statistics", 0.80);
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("final4.jsonl");
        // THEN
        scores.forEach((glossary, score) -> assertAtLeastWithoutMisses(score, floors.get(glossary), 1));
    }

    @Test
    void final5Questions_onEveryGlossary_keepTheirAccuracy() throws Exception {
        // GIVEN 100 more questions per glossary (final5.jsonl), written at the start of the tenth session
        // by someone who read only the glossaries, scored only as a whole: 0.85 / 0.88 / 0.72 with
        // 0 / 1 / 0 false quotes when written, 0.86 / 0.89 / 0.74 at the session's end. Its misses are never printed
        Map<String, Double> floors = Map.of("deep-learning", 0.84, "networking", 0.87, "statistics", 0.72);
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("final5.jsonl");
        // THEN
        scores.forEach((glossary, score) -> assertAtLeastWithoutMisses(score, floors.get(glossary), 1));
    }

    @Test
    void final6Questions_onEveryGlossary_keepTheirAccuracy() throws Exception {
        // GIVEN 100 more questions per glossary (final6.jsonl), written at the start of the eleventh session
        // by someone who read only the glossaries, scored only as a whole, and never used to choose a change:
        // 0.92 / 0.97 / 0.89 with no false quote when written, 0.92 / 0.98 / 0.89 at the session's end. Its misses are never printed
        Map<String, Double> floors = Map.of("deep-learning", 0.91, "networking", 0.96, "statistics", 0.88);
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("final6.jsonl");
        // THEN
        scores.forEach((glossary, score) -> assertAtLeastWithoutMisses(score, floors.get(glossary), 1));
    }

    @Test
    void final7Questions_onEveryGlossary_keepTheirAccuracy() throws Exception {
        // GIVEN 100 more questions per glossary (final7.jsonl), written at the start of the twelfth session
        // by someone who read only the glossaries, scored only as a whole: 0.89 / 0.80 / 0.76 with 1 / 0 / 0
        // false quotes when written, 0.89 / 0.81 / 0.77 at the session's end. Its misses are never printed
        Map<String, Double> floors = Map.of("deep-learning", 0.88, "networking", 0.80, "statistics", 0.76);
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("final7.jsonl");
        // THEN
        scores.forEach((glossary, score) -> assertAtLeastWithoutMisses(score, floors.get(glossary), 1));
    }

    @Test
    void final8Questions_onEveryGlossary_keepTheirAccuracy() throws Exception {
        // GIVEN 100 more questions per glossary (final8.jsonl), written at the start of the thirteenth session
        // by someone who read only the glossaries, scored only as a whole: 0.77 / 0.82 / 0.77 with no false quote
        // when written, 0.78 / 0.83 / 0.78 at the session's end. Its misses are never printed
        Map<String, Double> floors = Map.of("deep-learning", 0.77, "networking", 0.82, "statistics", 0.77);
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("final8.jsonl");
        // THEN
        scores.forEach((glossary, score) -> assertAtLeastWithoutMisses(score, floors.get(glossary), 1));
    }

    @Test
    void abstainHoldout_onEveryGlossary_quotesFewAbsentConceptsOrChatter() throws Exception {
        // GIVEN 25 messages per glossary that must abstain (abstain-holdout.jsonl: absent concepts, many
        // containing a glossary name, and chatter), written by someone who read only the glossaries; their
        // other halves (abstain-fit.jsonl) are fitted on, these never: 2 / 1 / 2 quoted when fitted
        // WHEN
        Map<String, Tuner.Score> scores = scoreEveryGlossary("abstain-holdout.jsonl");
        // THEN
        scores.forEach((glossary, score) -> assertAtLeastWithoutMisses(score, 0.92, 2));
    }

    @Test
    void leaveOneGlossaryOut_answersAGlossaryTheScorerNeverSaw() throws Exception {
        // GIVEN the three glossaries' fresh questions, examined once
        OutsideGlossaries.assumePresent();
        List<Tuner.Examined> sets = List.of(
                Tuner.examine("deep-learning", tutor, Tuner.read(EVAL.resolve("deep-learning/fresh.jsonl"))),
                Tuner.examine("networking", outside("networking"),
                        Tuner.read(EVAL.resolve("networking/fresh.jsonl"))),
                Tuner.examine("statistics", outside("statistics"),
                        Tuner.read(EVAL.resolve("statistics/fresh.jsonl"))));
        Map<String, Double> floors = Map.of("deep-learning", 0.83, "networking", 0.83, "statistics", 0.77);
        for (Tuner.Examined held : sets) {
            // WHEN the scorer is fitted on the other two
            List<Tuner.Examined> rest = sets.stream().filter(s -> s != held).toList();
            MatchTuning fold = Tuner.fit(rest, List.of(), 1500, 0.0001, 0.1);
            Tuner.Score score = Tuner.score(held, fold);

            // THEN it answers the held-out glossary at least as well as when it was measured
            assertThat(score.accuracy()).as("held out %s:%n%s", held.name(), score.summary())
                    .isGreaterThanOrEqualTo(floors.get(held.name()));
        }
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

    /**
     * Each glossary's score on its own file {@code <glossary>/<file>}: the seed, and the outside glossaries
     * read where they lie (the test is skipped, saying why, when they are not beside this checkout).
     */
    private static Map<String, Tuner.Score> scoreEveryGlossary(String file) throws Exception {
        OutsideGlossaries.assumePresent();
        Map<String, Tutor> tutors = Map.of("deep-learning", tutor,
                "networking", outside("networking"), "statistics", outside("statistics"));
        Map<String, Tuner.Score> scores = new java.util.TreeMap<>();
        for (Map.Entry<String, Tutor> glossary : tutors.entrySet()) {
            scores.put(glossary.getKey(), score(glossary.getKey(), glossary.getValue(),
                    EVAL.resolve(glossary.getKey()).resolve(file)));
        }
        return scores;
    }

    /** The tutor of an outside glossary, loaded once for all the tests of this class. */
    private static Tutor outside(String glossary) throws GlossaryException {
        Tutor loaded = OUTSIDE_TUTORS.get(glossary);
        if (loaded == null) {
            loaded = new Tutor(OutsideGlossaries.load(glossary));
            OUTSIDE_TUTORS.put(glossary, loaded);
        }
        return loaded;
    }

    private static Tuner.Score score(String name, Tutor on, Path file) throws Exception {
        return Tuner.score(Tuner.examine(name, on, Tuner.read(file)), MatchTuning.shipped());
    }

    /** Like {@link #assertAtLeast}, saying only the figures: for sets measured as a whole, whose misses nobody reads. */
    private static void assertAtLeastWithoutMisses(Tuner.Score score, double minimum, int maxFalseQuotes) {
        assertThat(score.falseQuotes()).as("definitions quoted for absent terms or chatter").isLessThanOrEqualTo(maxFalseQuotes);
        assertThat(score.accuracy()).as("accuracy:%n%s", score.summary()).isGreaterThanOrEqualTo(minimum);
    }

    private static void assertAtLeast(Tuner.Score score, double minimum, int maxFalseQuotes) {
        assertThat(score.falseQuotes()).as("definitions quoted for absent terms or chatter; %s", score.misses())
                .isLessThanOrEqualTo(maxFalseQuotes);
        assertThat(score.accuracy()).as("accuracy:%n%s%nmisses: %s", score.summary(), score.misses())
                .isGreaterThanOrEqualTo(minimum);
    }
}
