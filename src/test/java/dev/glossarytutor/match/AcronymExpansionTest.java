package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A name's acronym asked with the words it stands for spelt out, on a glossary written here. */
class AcronymExpansionTest {
    private static WrittenGlossary glossary;

    @BeforeAll
    static void setUp() {
        glossary = WrittenGlossary.of(
                Entry.of("OSI model", "A seven-layer model of network communication."),
                Entry.of("Virtual LAN", "A logical network carved out of a physical one."),
                Entry.of("Standard error of the proportion", "How much a sample proportion varies."),
                Entry.of("Standard error", "How much an estimate varies."),
                Entry.of("SFD", "The byte that marks where an Ethernet frame starts."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what's the open systems interconnection model   | OSI model
            what is a virtual local area network            | Virtual LAN
            SE of the proportion?                           | Standard error of the proportion
            """)
    void find_acronymSpeltOut_findsTheName(String text, String term) {
        // WHEN the words an acronym of a name stands for are written instead of it, or a name's first words
        // are written as their initials
        List<String> terms = glossary.termsNamed(text);

        // THEN the name is found
        assertThat(terms).contains(term);
    }

    @Test
    void find_verbFormsStartingWithTheInitials_doNotSpellTheAcronym() {
        // WHEN words whose initials happen to spell an acronym include a verb's -ing form
        List<String> terms = glossary.termsNamed("the video keeps saying full duplex");

        // THEN they are no expansion: an acronym stands for a noun phrase
        assertThat(terms).doesNotContain("SFD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"is the open source model good", "one small issue model", "open systems model"})
    void find_wordsThatDoNotSpellTheAcronym_areNoName(String text) {
        // WHEN the initials differ, a function word stands among them, or there are too few words
        List<String> terms = glossary.termsNamed(text);

        // THEN no name is found
        assertThat(terms).doesNotContain("OSI model");
    }
}
