package dev.glossarytutor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionParserTest {
    private static QuestionParser parser;

    @BeforeAll
    static void setUp() {
        parser = new QuestionParser(new Analyzer());
    }

    @ParameterizedTest(name = "{0} -> {1} about ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            what is a receptive field?                         | DEFINE   | receptive field
            What's a logit?                                    | DEFINE   | logit
            whats overfiting                                   | DEFINE   | overfiting
            define epochs                                      | DEFINE   | epochs
            explain dropout to me                              | DEFINE   | dropout to me
            what does backprop mean?                           | DEFINE   | backprop
            valid vs same convolution?                         | COMPARE  | valid vs same convolution
            what's the difference between loss and metrics     | COMPARE  | whats the difference between loss and metrics
            what do you call the set of examples in one update | DESCRIBE | set of examples in one update
            what is it called when a model memorizes the data  | DESCRIBE | model memorizes the data
            what's the name for the weights of a conv layer    | DESCRIBE | weights of a conv layer
            what is a layer that shrinks feature maps called   | DESCRIBE | layer that shrinks feature maps
            what is the big list of numbers that each layer emits at the end | DESCRIBE | big list of numbers that each layer emits at the end
            thanks!                                            | NONE     | thanks
            see you tomorrow                                   | NONE     | see you tomorrow
            """)
    void parse_findsIntentAndTarget(String text, Intent intent, String target) {
        // WHEN
        ParsedQuestion q = parser.parse(text);

        // THEN
        assertThat(q.intent()).isEqualTo(intent);
        assertThat(q.description()).isEqualTo(target);
    }

    @Test
    void parse_multiSentenceMessage_findsTheQuestionInTheLaterSentence() {
        // GIVEN chatter, then the question in a second sentence
        String text = "Hi all! The notebook mentions early stopping. What is that?";

        // WHEN
        ParsedQuestion q = parser.parse(text);

        // THEN the sentences were split, and it is a definition question over the whole message
        assertThat(q.tokens()).extracting(Token::sentence).contains(0, 1, 2);
        assertThat(q.intent()).isEqualTo(Intent.DEFINE);
        assertThat(q.cue()).isTrue();
    }

    @Test
    void parse_tagsAndLemmatisesWithTheOpenNlpModels() {
        // WHEN
        ParsedQuestion q = parser.parse("what are decision boundaries");

        // THEN the plural noun has its dictionary form and a noun tag
        Token last = q.tokens().get(q.tokens().size() - 1);
        assertThat(last.lemma()).isEqualTo("boundary");
        assertThat(last.pos()).isEqualTo("NOUN");
    }

    @Test
    void parse_descriptionWithARelativeClause_isMarkedUnframed() {
        // WHEN a "what is the X that ..." question is parsed
        ParsedQuestion q = parser.parse("what is the surface that separates regions with the same answer");

        // THEN it reads as a description, but not an explicit one: a glossary name as X would win
        assertThat(q.intent()).isEqualTo(Intent.DESCRIBE);
        assertThat(q.framed()).isFalse();
    }
}
