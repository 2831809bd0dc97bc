package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names misspelt by ear ("fysical layer", "twisted pare cable"), on a glossary written here. */
class HomophonesTest {
    private static WrittenGlossary glossary;

    @BeforeAll
    static void setUp() {
        glossary = WrittenGlossary.of(
                Entry.of("Physical layer", "The layer that moves bits over a medium."),
                Entry.of("Twisted pair cable", "Copper wires twisted in pairs."),
                Entry.of("Broadcast", "A frame sent to every device."),
                Entry.of("Sampling frame", "The list a sample is drawn from."),
                Entry.of("Loss", "How far predictions are from the labels."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is the fysical layer          | Physical layer
            what's a twisted pare cable        | Twisted pair cable
            """)
    void find_nameSpeltByEar_findsTheName(String text, String term) {
        // WHEN a word of a name is spelt as it sounds, even from another first letter ("ph" heard as "f")
        List<String> terms = glossary.termsFound(text);

        // THEN the name is found
        assertThat(terms).contains(term);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is a protocal                              | Broadcast
            what does sampling from a population mean       | Sampling frame
            why do I lose accuracy                          | Loss
            """)
    void find_wordThatOnlySoundsLikeAName_isNotThatName(String text, String term) {
        // WHEN a word sounds like a name's word but starts with another letter, is a function word, or is
        // an English word standing for a one-word name
        List<String> terms = glossary.termsFound(text);

        // THEN that name is not found
        assertThat(terms).doesNotContain(term);
    }
}
