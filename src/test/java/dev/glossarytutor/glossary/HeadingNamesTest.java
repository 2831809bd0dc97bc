package dev.glossarytutor.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingNamesTest {

    @Test
    void of_headingWithoutBracket_yieldsNothing() {
        // WHEN / THEN: a plain heading is its own only name
        assertThat(HeadingNames.of("Network switch")).isEmpty();
    }

    @Test
    void of_acronymAfterItsExpansion_yieldsExpansionAndAcronym() {
        // WHEN
        List<String> names = HeadingNames.of("Transmission Control Protocol (TCP)");

        // THEN the heading without the bracket comes first, then the acronym
        assertThat(names).containsExactly("Transmission Control Protocol", "TCP");
    }

    @Test
    void of_acronymSpelledAcrossHyphensAndLinkingWords_yieldsTheAcronym() {
        // WHEN: "Carrier-Sense" gives two letters, "with" gives none, the slash is no letter
        List<String> names = HeadingNames.of("Carrier-Sense Multiple Access with Collision Detection (CSMA/CD)");

        // THEN
        assertThat(names).containsExactly("Carrier-Sense Multiple Access with Collision Detection", "CSMA/CD");
    }

    @Test
    void of_acronymTakingSeveralLettersOfAnAcronymWord_yieldsTheAcronym() {
        // WHEN: "LAN" inside the expansion gives all three of its letters
        assertThat(HeadingNames.of("Virtual LAN (VLAN)")).containsExactly("Virtual LAN", "VLAN");
    }

    @Test
    void of_acronymOfTheLastWordsOnly_replacesOnlyThoseWords() {
        // WHEN the acronym spells the last three words, not "Destination"
        List<String> names = HeadingNames.of("Destination Media Access Control (MAC)");

        // THEN the first word stays in front of the acronym
        assertThat(names).containsExactly("Destination Media Access Control", "Destination MAC");
    }

    @Test
    void of_expansionAfterAnAcronymInsideALongerHeading_yieldsBothSpellings() {
        // WHEN the bracket, glued to the acronym, expands it and a word follows
        List<String> names = HeadingNames.of("MAC(Media Access Control) address");

        // THEN
        assertThat(names).containsExactly("MAC address", "Media Access Control address");
    }

    @Test
    void of_acronymInsideALongerHeading_yieldsBothSpellings() {
        // WHEN
        List<String> names = HeadingNames.of("Media Access Control (MAC) address");

        // THEN
        assertThat(names).containsExactly("Media Access Control address", "MAC address");
    }

    @Test
    void should_notTreatAcronymAsName_when_itsLettersDoNotFitTheHeading() {
        // WHEN the bracket only says where the term belongs
        List<String> names = HeadingNames.of("Kernel (CNN)");

        // THEN only the heading without the bracket is a name
        assertThat(names).containsExactly("Kernel");
    }

    @Test
    void of_shortNounPhraseEndingTheHeading_yieldsItAsAlternativeName() {
        // WHEN
        List<String> names = HeadingNames.of("Type I error (false positive)");

        // THEN
        assertThat(names).containsExactly("Type I error", "false positive");
    }

    @Test
    void of_severalAlternativesWithIntroducers_yieldsEachName() {
        // WHEN the bracket lists names, one announced by "aka"
        List<String> names = HeadingNames.of("Gradient Descent (steepest descent; aka GD)");

        // THEN the introducer is dropped and each name stands alone
        assertThat(names).containsExactly("Gradient Descent", "steepest descent", "GD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Addition rule (for mutually exclusive events) | Addition rule",
            "Dropout (e.g. in fully connected layers)      | Dropout",
            "Softmax (optional)                            | Softmax",
            "Entropy (see the definition below: bits)      | Entropy",
            "Tokenizer (the part that splits long texts into pieces) | Tokenizer"})
    void should_keepOnlyTheHeadingWithoutBracket_when_bracketQualifiesRatherThanNames(String heading, String name) {
        // WHEN / THEN: a qualifier, an example, a label or a long phrase is no name
        assertThat(HeadingNames.of(heading)).containsExactly(name);
    }

    @Test
    void of_bracketInTheMiddleThatIsNoAcronym_yieldsOnlyTheHeadingWithoutIt() {
        // WHEN a bracket inside the heading neither expands nor abbreviates its neighbour
        List<String> names = HeadingNames.of("Sampling (with replacement) bias");

        // THEN it is not taken as a name of the whole
        assertThat(names).containsExactly("Sampling bias");
    }

    @Test
    void of_lettersGluedToAWord_yieldsTheWordWithAndWithoutThem() {
        // WHEN
        assertThat(HeadingNames.of("Neural network(s)")).containsExactly("Neural network", "Neural networks");
        assertThat(HeadingNames.of("(Un)supervised learning")).containsExactly("supervised learning",
                "Unsupervised learning");
    }

    @Test
    void of_twoBrackets_appliesTheRulesToEach() {
        // WHEN
        List<String> names = HeadingNames.of("Internet Protocol (IP) version 4 (IPv4)");

        // THEN each bracket is read in turn
        assertThat(names).contains("Internet Protocol version 4", "IP version 4", "IPv4");
        assertThat(names).noneMatch(n -> n.contains("("));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foo (bar", "Foo bar)", "Foo (bar (baz)) qux", "Foo )bar("})
    void should_yieldNothing_when_bracketsAreUnbalancedOrNested(String heading) {
        // WHEN / THEN: no guess at all rather than a wrong name
        assertThat(HeadingNames.of(heading)).isEmpty();
    }

    @ParameterizedTest(name = "{0} spells {1}: {2}")
    @CsvSource({
            "TCP, Transmission Control Protocol, true",
            "CRC, Cyclical Redundancy Check, true",
            "IPv4, Internet Protocol version 4, true",
            "ReLU, Rectified Linear Unit, true",
            "BGP, Transmission Control Protocol, false",
            "TCP, Transmission Protocol, false",
            "TC, Transmission Control Protocol, false"})
    void spells_initialsOfEveryContentWord(String acronym, String expansion, boolean spells) {
        // WHEN / THEN: every content word gives its first letter, in order
        assertThat(HeadingNames.spells(acronym, expansion)).isEqualTo(spells);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"TCP, true", "CSMA/CD, true", "IPv4, true", "ReLU, true", "PyTorch, false", "Type, false",
            "I, false"})
    void isAcronym_twoCapitalsAndNoMoreLowerCase(String word, boolean acronym) {
        assertThat(HeadingNames.isAcronym(word)).isEqualTo(acronym);
    }

    @Test
    void allNames_headingWithBracket_termFirstThenHeadingNamesWithoutRepeats() {
        // GIVEN an entry whose alias repeats a heading name in another case
        Entry tcp = new Entry("Transmission Control Protocol (TCP)", List.of("tcp", "TCP/IP transport"), List.of(),
                List.of(), List.of(), List.of(), "A protocol.", Source.UNKNOWN);

        // WHEN / THEN the displayed term stays as written and every name appears once
        assertThat(tcp.term()).isEqualTo("Transmission Control Protocol (TCP)");
        assertThat(tcp.allNames()).containsExactly("Transmission Control Protocol (TCP)",
                "Transmission Control Protocol", "TCP", "TCP/IP transport");
        assertThat(tcp.shownNames()).containsExactly("Transmission Control Protocol (TCP)", "tcp", "TCP/IP transport");
    }
}
