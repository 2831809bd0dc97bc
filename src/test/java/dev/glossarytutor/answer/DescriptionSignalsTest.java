package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.ParsedQuestion;
import dev.glossarytutor.nlp.QuestionParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a description contributes to the scorer: which text of it is embedded, and how little a
 * truncated name inside it counts. Real OpenNLP models; the seed glossary for the candidates.
 */
class DescriptionSignalsTest {
    private static QuestionParser parser;
    private static AnswerEngine engine;

    @BeforeAll
    static void setUp() {
        parser = new QuestionParser(new Analyzer());
        engine = TestTutor.get().engine();
    }

    @Test
    void embeddedText_description_isTheWholeMessage() {
        // GIVEN a description whose frame is read with a trailing "in networking" as the phrase
        String text = "communication that only ever goes one way, like a radio station, what's that called in networking";
        ParsedQuestion q = parser.parse(text);

        // WHEN
        String embedded = CandidatePool.embeddedText(q, contentWords(q));

        // THEN the whole message is embedded, not the words the parser kept as the phrase
        assertThat(embedded).isEqualTo(text);
    }

    @Test
    void embeddedText_descriptionPuttingAnotherConceptInItsPlace_leavesThatConceptOut() {
        // GIVEN a description that says what is used instead of the thing described
        ParsedQuestion q = parser.parse(
                "whats it called when you guess a population value with just one number instead of a range");

        // WHEN
        String embedded = CandidatePool.embeddedText(q, contentWords(q));

        // THEN the other concept ("a range") is not embedded with it
        assertThat(embedded).isEqualTo("whats it called when you guess a population value with just one number");
    }

    @Test
    void embeddedText_shortNamingQuestion_isThePhraseAlone() {
        // GIVEN a naming question about a short phrase
        ParsedQuestion q = parser.parse("what is effect size");

        // WHEN
        String embedded = CandidatePool.embeddedText(q, contentWords(q));

        // THEN only the phrase is embedded, so "what is" does not pull towards any definition
        assertThat(embedded).isEqualTo("effect size");
    }

    @Test
    void should_countATruncationLittle_when_itSitsInsideALongDescription() {
        // GIVEN a long description whose last word "conv" truncates a word of Valid Convolution
        AnswerEngine.Examined examined = engine.examine("the small 3x3 grid of numbers that slides over the image in a conv");

        // WHEN
        double abbreviated = feature(examined, "Valid Convolution", Feature.PARTIAL_ABBREVIATED);

        // THEN the truncation counts only by the small share of the phrase it spells
        assertThat(abbreviated).isGreaterThan(0).isLessThan(0.5);
    }

    @Test
    void should_countATruncationFully_when_itIsTheWholePhrase() {
        // GIVEN a phrase that is nothing but a truncated name
        AnswerEngine.Examined examined = engine.examine("what is a conv");

        // WHEN / THEN a name spelt by truncations alone keeps the whole signal
        assertThat(examined.candidates()).anySatisfy(c -> assertThat(c.get(Feature.PARTIAL_ABBREVIATED)).isEqualTo(1.0));
    }

    private static double feature(AnswerEngine.Examined examined, String term, Feature f) {
        return examined.candidates().stream().filter(c -> c.entry().term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " is not a candidate")).get(f);
    }

    private static long contentWords(ParsedQuestion q) {
        return q.targetWords().stream().filter(w -> w.isNounLike() || w.pos().equals("ADJ") || w.pos().equals("VERB")
                || w.pos().equals("X") || w.pos().equals("NUM")).count();
    }
}
