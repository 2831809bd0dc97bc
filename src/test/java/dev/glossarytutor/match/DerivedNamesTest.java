package dev.glossarytutor.match;

import static dev.glossarytutor.match.DerivedName.Kind.CASED_INITIALISM;
import static dev.glossarytutor.match.DerivedName.Kind.HEAD_NOUN;
import static dev.glossarytutor.match.DerivedName.Kind.INITIALISM;
import static dev.glossarytutor.match.DerivedName.Kind.LEADING_WORD;
import static dev.glossarytutor.match.DerivedName.Kind.STATED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedNamesTest {

    private static Glossary glossary(String... terms) {
        return Glossary.of(Arrays.stream(terms).map(t -> Entry.of(t, "Defined elsewhere.")).toList());
    }

    private static List<DerivedName> derivedOf(Glossary g, String term) {
        return DerivedNames.of(g).get(g.get(term));
    }

    // ---- initialisms ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Central limit theorem      | CLT",
            "Standard error of the mean | SEM",
            "Carrier with Collision     | CC",
            "Non-probability sampling   | NS NPS",
            "Two-sample t-test          | TT TSTT",
            "Carrier-Sense Multiple Access | CMA CSMA",
            "Undercoverage bias         | UB UCB"})
    void initialisms_multiWordName_givesInitialsOfContentWords(String name, String expected) {
        // WHEN / THEN: linking words give no letter; hyphen and slash parts count in a second variant
        assertThat(DerivedNames.initialisms(name)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"Interquartile", "Range of the", "P-value", "Destination MAC address", "Virtual LAN", "A/B testing"})
    void initialisms_fewerThanTwoContentWordsOrAnAcronymWord_givesNone(String name) {
        // WHEN / THEN: one content word is no phrase, and a name holding an acronym is abbreviated already
        assertThat(DerivedNames.initialisms(name)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Margin of error            | MoE",
            "Power over Ethernet        | PoE",
            "Standard error of the mean | SEoM"})
    void casedInitialism_prepositionBetweenWords_givesASmallLetter(String name, String expected) {
        // WHEN / THEN: a preposition gives its small letter, as "QoS" is written; articles give none
        assertThat(DerivedNames.casedInitialism(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"Central limit theorem", "Range of", "Mean or median"})
    void casedInitialism_noPrepositionBetweenTwoCapitals_givesNone(String name) {
        // WHEN / THEN: without a preposition it is the plain initialism; one capital is no acronym
        assertThat(DerivedNames.casedInitialism(name)).isEmpty();
    }

    @Test
    void of_casedInitialismThatSpellsAnEnglishWord_isKept() {
        // GIVEN "ME", the plain initialism of Margin of error, is an English word
        Glossary g = glossary("Margin of error", "Mean", "Median");

        // WHEN
        List<DerivedName> derived = derivedOf(g, "Margin of error");

        // THEN the plain one is dropped and the cased one kept: it is matched only typed in capitals
        assertThat(derived).contains(new DerivedName("MoE", CASED_INITIALISM))
                .doesNotContain(new DerivedName("ME", INITIALISM));
    }

    @Test
    void of_uniqueInitialism_isKeptAsInitialism() {
        // GIVEN
        Glossary g = glossary("Central limit theorem", "Mean", "Median");

        // WHEN
        List<DerivedName> derived = derivedOf(g, "Central limit theorem");

        // THEN
        assertThat(derived).contains(new DerivedName("CLT", INITIALISM));
    }

    @Test
    void of_prefixedWordWhoseRestTheGlossaryUses_givesALetterForTheRest() {
        // GIVEN "quartile", no word of the general vocabulary, is a term of the glossary
        Glossary g = glossary("Interquartile range", "Quartile", "Median");

        // WHEN
        List<DerivedName> derived = derivedOf(g, "Interquartile range");

        // THEN "interquartile" gives I and Q, as "inter-quartile" would
        assertThat(derived).contains(new DerivedName("IQR", INITIALISM));
    }

    @Test
    void should_dropInitialism_when_twoEntriesYieldIt() {
        // GIVEN two terms with the same initials
        Glossary g = glossary("Standard deviation", "Sampling distribution");

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(g);

        // THEN neither gets "SD"
        assertThat(derived.values()).allSatisfy(names -> assertThat(names).extracting(DerivedName::name)
                .doesNotContain("SD"));
    }

    @Test
    void should_keepSharedInitialism_when_otherDefinitionsUseOneNameFarMoreOften() {
        // GIVEN "SD" from two terms; three other definitions use "standard deviation(s)", one "sampling distribution"
        Glossary g = Glossary.of(List.of(
                Entry.of("Standard deviation", "How spread out values are."),
                Entry.of("Sampling distribution", "The distribution of a statistic."),
                Entry.of("Z-score", "How many standard deviations a value is from the mean."),
                Entry.of("Standard error", "The standard deviation of a sampling distribution."),
                Entry.of("Empirical rule", "Most values lie within three standard deviations of the mean.")));

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(g);

        // THEN the name students meet everywhere keeps it, the other does not get it
        assertThat(derived.get(g.get("Standard deviation"))).contains(new DerivedName("SD", INITIALISM));
        assertThat(derived.get(g.get("Sampling distribution"))).extracting(DerivedName::name).doesNotContain("SD");
    }

    @Test
    void should_dropSharedInitialism_when_neitherNameIsUsedFarMoreOften() {
        // GIVEN "SD" from two terms, each used by one other definition
        Glossary g = Glossary.of(List.of(
                Entry.of("Standard deviation", "How spread out values are."),
                Entry.of("Sampling distribution", "The distribution of a statistic."),
                Entry.of("Z-score", "How many standard deviations a value is from the mean."),
                Entry.of("Standard error", "The spread of a sampling distribution.")));

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(g);

        // THEN neither gets "SD"
        assertThat(derived.values()).allSatisfy(names -> assertThat(names).extracting(DerivedName::name)
                .doesNotContain("SD"));
    }

    @Test
    void should_dropInitialism_when_anotherEntryHasItAsName() {
        // GIVEN another entry that lists the initials as its alias
        Entry clt = Entry.of("Central limit theorem", "Sums tend to normal.");
        Entry lift = new Entry("Cumulative lift", List.of("CLT"), List.of(), List.of(), List.of(), List.of(),
                "A chart.", Source.UNKNOWN);
        Glossary g = Glossary.of(List.of(clt, lift));

        // WHEN / THEN the written alias wins
        assertThat(derivedOf(g, "Central limit theorem")).extracting(DerivedName::name).doesNotContain("CLT");
    }

    @Test
    void should_dropInitialism_when_itIsACommonWord() {
        // GIVEN terms whose initials spell English words
        Glossary g = glossary("Margin of error", "Convolutional arithmetic test", "Random variable");

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(g);

        // THEN "ME" and "CAT" are dropped, "RV" is kept
        assertThat(derived.get(g.get("Margin of error"))).extracting(DerivedName::name).doesNotContain("ME");
        assertThat(derived.get(g.get("Convolutional arithmetic test"))).extracting(DerivedName::name)
                .doesNotContain("CAT");
        assertThat(derived.get(g.get("Random variable"))).contains(new DerivedName("RV", INITIALISM));
    }

    @Test
    void should_giveNoInitialism_when_theHeadingAlreadyHasTheAcronym() {
        // GIVEN a heading that carries its acronym, with hyphenated words
        Glossary g = glossary("Carrier-Sense Multiple Access with Collision Detection (CSMA/CD)", "Hub");

        // WHEN
        List<DerivedName> derived = derivedOf(g, "Carrier-Sense Multiple Access with Collision Detection (CSMA/CD)");

        // THEN no second, clumsier abbreviation ("CMACD") is made up
        assertThat(derived).noneMatch(d -> d.kind() == INITIALISM);
    }

    @Test
    void should_deriveNothing_when_theNameIsOnlyAnAlias() {
        // GIVEN a one-word term whose alias has several words
        Entry fineTuning = new Entry("Finetuning", List.of("transfer learning"), List.of(), List.of(), List.of(),
                List.of(), "Training further.", Source.UNKNOWN);
        Glossary g = Glossary.of(List.of(fineTuning, Entry.of("Epoch", "One pass.")));

        // WHEN / THEN aliases are the instructor's alternatives already; nothing is guessed from them
        assertThat(DerivedNames.of(g).get(fineTuning)).isEmpty();
    }

    // ---- head nouns ----

    @Test
    void of_lastWordNoOtherEntryUses_isKeptAsHeadNoun() {
        // GIVEN
        Glossary g = glossary("Network switch", "Router", "Hub");

        // WHEN
        List<DerivedName> derived = derivedOf(g, "Network switch");

        // THEN
        assertThat(derived).contains(new DerivedName("switch", HEAD_NOUN));
    }

    @Test
    void headNoun_nameWithPreposition_isTheWordBeforeIt() {
        // WHEN / THEN
        assertThat(DerivedNames.headNoun("Margin of error")).hasValue("margin");
        assertThat(DerivedNames.headNoun("Standard error of the mean")).hasValue("error");
        assertThat(DerivedNames.headNoun("Sampling")).isEmpty();
    }

    @Test
    void leadingWord_firstWordOfTwoThatEnglishLacks_isTheName() {
        // WHEN / THEN a proper name, an acronym or a coined word leads; an English word, or a longer name, does not
        assertThat(DerivedNames.leadingWord("Poisson distribution")).hasValue("poisson");
        assertThat(DerivedNames.leadingWord("OSI model")).hasValue("OSI");
        assertThat(DerivedNames.leadingWord("Fiber cable")).isEmpty();
        assertThat(DerivedNames.leadingWord("Stratified random sample")).isEmpty();
    }

    @Test
    void of_leadingWordAnotherNameUses_isDropped() {
        // GIVEN two names that start with the same coined word
        Glossary g = glossary("Simplex communication", "Simplex channel", "Unicast transmission");

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(g);

        // THEN only the word no other name uses stands for its name
        assertThat(derived.get(g.get("Unicast transmission"))).contains(new DerivedName("unicast", LEADING_WORD));
        assertThat(derived.get(g.get("Simplex communication"))).noneMatch(d -> d.kind() == LEADING_WORD);
    }

    @Test
    void should_dropHeadNoun_when_anotherEntryHasTheSameHeadNoun() {
        // GIVEN
        Glossary g = glossary("Null hypothesis", "Alternative hypothesis");

        // WHEN / THEN
        assertThat(DerivedNames.of(g).values()).allSatisfy(names -> assertThat(names)
                .noneMatch(d -> d.kind() == HEAD_NOUN));
    }

    @Test
    void should_dropHeadNoun_when_anotherEntryNameContainsTheWord() {
        // GIVEN a word that is the head of one name and the first word of another
        Glossary g = glossary("Full duplex", "Duplex communication");

        // WHEN / THEN "duplex" could mean either
        assertThat(derivedOf(g, "Full duplex")).noneMatch(d -> d.kind() == HEAD_NOUN);
    }

    @Test
    void should_dropHeadNoun_when_itIsAName() {
        // GIVEN a head noun that is a term, in its plural
        Glossary g = glossary("Bayesian statistics", "Statistic");

        // WHEN / THEN
        assertThat(derivedOf(g, "Bayesian statistics")).noneMatch(d -> d.kind() == HEAD_NOUN);
    }

    @Test
    void should_dropHeadNoun_when_itNamesAKindOfThing() {
        // GIVEN
        Glossary g = glossary("Hidden layer", "Activation function", "Epoch");

        // WHEN / THEN "layer" and "function" are not names of one concept
        assertThat(DerivedNames.of(g).values()).allSatisfy(names -> assertThat(names)
                .noneMatch(d -> d.kind() == HEAD_NOUN));
    }

    @Test
    void should_dropHeadNoun_when_manyDefinitionsUseTheWord() {
        // GIVEN ten entries, three of which mention "datasets" in their definitions
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of("Imbalanced dataset", "Few examples of one class."));
        entries.add(Entry.of("Test split", "Part of the datasets held back."));
        entries.add(Entry.of("Training split", "Part of the dataset used to fit."));
        entries.add(Entry.of("Augmentation", "Growing a dataset by transforming examples."));
        for (String t : List.of("Epoch", "Kernel", "Tensor", "Logits", "Pooling", "Bias")) {
            entries.add(Entry.of(t, "Something else."));
        }
        Glossary g = Glossary.of(entries);

        // WHEN / THEN the word belongs to the field, not to one entry
        assertThat(derivedOf(g, "Imbalanced dataset")).noneMatch(d -> d.kind() == HEAD_NOUN);
    }

    @Test
    void of_everyEntry_inGlossaryOrderWithEmptyListsWhereNothingIsDerived() {
        // GIVEN
        Glossary g = glossary("Hub", "Random seed", "Router");

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(g);

        // THEN
        assertThat(derived.keySet()).extracting(Entry::term).containsExactly("Hub", "Random seed", "Router");
        assertThat(derived.get(g.get("Hub"))).isEmpty();
        assertThat(derived.get(g.get("Random seed"))).containsExactly(new DerivedName("RS", INITIALISM),
                new DerivedName("seed", HEAD_NOUN));
    }

    // ---- names a definition states ----

    @Test
    void of_definitionStatingAnotherName_derivesItAsStated() {
        // GIVEN a definition that names its term's synonym in plain English
        Entry bayes = Entry.of("Bayes' theorem", "A formula for inverting conditional probabilities; "
                + "also referred to as Bayes' rule.");
        Glossary g = Glossary.of(List.of(bayes, Entry.of("Mean", "The average.")));

        // WHEN
        List<DerivedName> derived = derivedOf(g, "Bayes' theorem");

        // THEN
        assertThat(derived).contains(new DerivedName("Bayes' rule", STATED));
    }

    @Test
    void should_dropStatedName_when_itIsAnotherEntrysName() {
        // GIVEN a definition whose "also known as" names the other party, an entry of its own
        Entry server = Entry.of("Server", "A device that serves another device requesting data, also known as a client");
        Entry client = Entry.of("Client", "A device that requests data from a server.");
        Glossary g = Glossary.of(List.of(server, client));

        // WHEN
        List<DerivedName> derived = derivedOf(g, "Server");

        // THEN Server does not take Client's name
        assertThat(derived).extracting(DerivedName::name).doesNotContain("client");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "A method; also known as the delta rule.                | delta rule",
            "Learned values. Also called a filter.                  | filter",
            "A plot, sometimes called a box plot or box-and-whisker | box plot,box-and-whisker",
            "Also known as \"weight decay\", it shrinks weights.      | weight decay"})
    void in_statedNamePhrases_giveTheNamesWithoutDeterminers(String definition, String expected) {
        // WHEN / THEN: the name runs to the clause's end; "or" offers a second one
        assertThat(StatedNames.in(definition)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The outcome, also called when the trial is run.",
            "A value also known as the number of examples seen by the network in one step of training.",
            "A value known as the mean."})
    void in_clauseOrNoAlsoCue_givesNoName(String definition) {
        // WHEN / THEN: a clause after the cue, or a bare "known as" that defines rather than renames
        assertThat(StatedNames.in(definition)).isEmpty();
    }
}
