package dev.glossarytutor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContrastedPhrasesTest {
    private static QuestionParser parser;

    @BeforeAll
    static void setUp() {
        parser = new QuestionParser(new Analyzer());
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            whats it called when you guess a population value with just one number instead of a range | instead of a range
            the cable that uses light rather than electricity to carry data   | rather than electricity
            the device that sends a frame to one computer instead of everyone | instead of everyone
            a sample as opposed to the whole group, what is that              | as opposed to the whole group
            """)
    void in_descriptionPuttingAnotherConceptInItsPlace_findsTheWordsSetAside(String text, String aside) {
        // GIVEN a description that says what the thing is used or chosen instead of
        ParsedQuestion q = parser.parse(text);

        // WHEN its contrasted words are found
        Set<Integer> found = ContrastedPhrases.in(q);

        // THEN they are the opener and the phrase it sets aside, up to a break or a clause of its own
        assertThat(found.stream().map(i -> q.words().get(i).norm()).collect(Collectors.joining(" "))).isEqualTo(aside);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            values like the learning rate that are set by hand rather than learned
            the actual data and not the headers
            what is the difference between a hub and a switch
            """)
    void in_verbAfterTheOpenerBareNegationOrNoContrast_setsNothingAside(String text) {
        // GIVEN a contrast with an action, which is what is described, a bare "not", which says what the thing
        // excludes, or no contrast at all
        ParsedQuestion q = parser.parse(text);

        // WHEN its contrasted words are found
        Set<Integer> found = ContrastedPhrases.in(q);

        // THEN there are none
        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the cable that uses light instead of electricity | the cable that uses light
            what's a cable that uses light instead of electricity? | what's a cable that uses light?
            """)
    void textWithout_wordsSetAside_leavesTheRestAsTyped(String text, String kept) {
        // GIVEN a description with a contrast
        ParsedQuestion q = parser.parse(text);

        // WHEN its text is rebuilt without the contrast
        String rest = ContrastedPhrases.textWithout(q, ContrastedPhrases.in(q));

        // THEN the other words are left as typed
        assertThat(rest).isEqualTo(kept);
    }
}
