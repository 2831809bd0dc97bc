package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a student sends, the tutor replies with something a person can read, and never throws. */
class TutorInputTest {
    private static Tutor tutor;

    @BeforeAll
    static void setUp() {
        tutor = TestTutor.get();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "?!?!", "...", "\u200B\u200B\u200B", "\uD83D\uDE00\uD83D\uDE00", "\u0000", "\t\n"})
    void ask_inputWithoutWords_getsAClearNote(String input) {
        // WHEN
        Answer answer = tutor.ask(input);

        // THEN
        assertThat(answer.kind()).isEqualTo(Answer.Kind.INVALID);
        assertThat(answer.note()).contains("Ask me about a term");
        assertThat(answer.quotes()).isEmpty();
    }

    @Test
    void ask_tenThousandCharacters_isRefusedWithItsLength() {
        // GIVEN
        String huge = "what is overfitting ".repeat(500);

        // WHEN
        Answer answer = tutor.ask(huge);

        // THEN
        assertThat(answer.kind()).isEqualTo(Answer.Kind.INVALID);
        assertThat(answer.note()).contains("10000 characters", "under " + Tutor.MAX_QUESTION_CHARS);
    }

    @Test
    void ask_null_isTreatedAsEmpty() {
        // WHEN / THEN
        assertThat(tutor.ask(null).kind()).isEqualTo(Answer.Kind.INVALID);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"what is over\u200Bfitting?", "\uD83E\uDD14 what is overfitting \uD83E\uDD14", "WHAT IS OVERFITTING!!!",
            "what   is\toverfitting"})
    void ask_questionWithEmojiOrInvisibleCharacters_stillFindsTheTerm(String input) {
        // WHEN / THEN
        assertThat(tutor.ask(input).terms()).containsExactly("Overfitting");
    }

    @Test
    void ask_sameQuestionTwice_returnsTheCachedAnswerWithItsOwnText() {
        // WHEN the same question comes in two spellings
        Answer first = tutor.ask("What is an epoch?");
        Answer second = tutor.ask("what is an epoch");

        // THEN both answer Epoch and each carries the text that was asked
        assertThat(second.terms()).isEqualTo(first.terms());
        assertThat(second.question()).isEqualTo("what is an epoch");
    }

    @Test
    void ask_sameWordsDifferentPunctuation_isNotServedFromTheOthersCache() {
        // GIVEN the comma-less message, which reads as chat rather than a question, was asked first
        Answer withoutComma = tutor.ask("logits or probabilities which comes first");

        // WHEN the same words come with a comma, which makes "which ..." a question
        Answer withComma = tutor.ask("logits or probabilities, which comes first");

        // THEN each is analysed on its own: the question quotes Logits, with its own confidence
        assertThat(withComma.terms()).containsExactly("Logits");
        assertThat(withComma.confidence()).isNotEqualTo(withoutComma.confidence());
    }

    @Test
    void ask_chatter_isMarkedAsChatter() {
        // WHEN / THEN
        assertThat(tutor.ask("thanks!").kind()).isEqualTo(Answer.Kind.CHATTER);
        assertThat(tutor.ask("see you tomorrow").kind()).isEqualTo(Answer.Kind.CHATTER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hi bot 👋", "ty bot 🙏", "hey tutor", "thank you glossary bot"})
    void ask_greetingAndWhomItGreets_isChatter(String message) {
        // WHEN a greeting or thanks names whom it greets ("bot" also starts the seed's alias "bottleneck")
        Answer answer = tutor.ask(message);

        // THEN nothing is quoted: the greeted is no term
        assertThat(answer.kind()).isEqualTo(Answer.Kind.CHATTER);
        assertThat(answer.terms()).isEmpty();
    }
}
