package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Decision#shape}: which quoting threshold a question gets, on the seed glossary with the real models. */
class DecisionShapeTest {
    private static AnswerEngine engine;

    @BeforeAll
    static void setUp() {
        engine = TestTutor.get().engine();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is a receptive field?                         | NAMED
            what is backpropogation                            | NAMED
            what is tranfer learning                           | NAMED
            overfitting?                                       | NAMED
            what is receptive field size                       | LOOSE
            what is batch normalization                        | LOOSE
            what is a GAN                                      | LOOSE
            what do you call the grid of outputs of a filter   | DESCRIBED
            my loss went down today                            | CHAT
            """)
    void shape_questionForm_picksItsThreshold(String question, MatchTuning.Shape expected) {
        // GIVEN a question and its candidates
        AnswerEngine.Examined examined = engine.examine(question);

        // WHEN
        MatchTuning.Shape shape = Decision.shape(examined.question(), examined.candidates(),
                mostProbable(examined.candidates()));

        // THEN a phrase that is one name spelt whole (even misspelt) is NAMED; a name among other
        // words, or no name at all, is LOOSE
        assertThat(shape).isEqualTo(expected);
    }

    /** The candidate the shipped scorer finds most probable, as {@link Decision#decide} ranks them. */
    static Candidate mostProbable(java.util.List<Candidate> candidates) {
        double[] p = MatchTuning.shipped().probabilities(candidates);
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            best = best < 0 || p[i] > p[best] ? i : best;
        }
        return best < 0 ? null : candidates.get(best);
    }
}
