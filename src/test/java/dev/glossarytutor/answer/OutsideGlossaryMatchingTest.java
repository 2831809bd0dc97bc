package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.testing.OutsideGlossaries;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names as instructors write them in glossaries nobody tuned for: acronyms in headings, a
 * modifier that makes another concept, everyday words that are also names. The glossaries are read
 * where they lie ({@code ../shared/glossaries}); they carry no licence to be copied here.
 */
class OutsideGlossaryMatchingTest {
    private static Tutor networking;
    private static Tutor statistics;

    @BeforeAll
    static void load() throws Exception {
        networking = new Tutor(OutsideGlossaries.load("networking"));
        statistics = new Tutor(OutsideGlossaries.load("statistics"));
        // measured as a running tutor answers once its definitions are embedded
        networking.awaitEmbeddings();
        statistics.awaitEmbeddings();
    }

    /** The tutor of the outside glossary named {@code glossary} ("networking" or "statistics"). */
    private static Tutor tutor(String glossary) {
        return glossary.equals("networking") ? networking : statistics;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is TCP?                                   | Transmission Control Protocol (TCP)
            what is the transmission control protocol?     | Transmission Control Protocol (TCP)
            whats a UDP                                    | User Datagram Protocol (UDP)
            what is a MAC address?                         | MAC(Media Access Control) address
            what is a media access control address         | MAC(Media Access Control) address
            what is a switch                               | Network switch
            what is hex                                    | Hexadecimal
            what is a swtich                               | Network switch
            what's the open systems interconnection model  | OSI model
            """)
    void ask_acronymOrHeadingNameOnNetworking_quotesTheEntryAsHeaded(String question, String term) {
        // WHEN a student uses the acronym, the expansion or the unique head noun of a heading
        Answer answer = networking.ask(question);

        // THEN the entry is quoted under its heading as written
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what does it mean when two events are dependent     | Dependent events
            what does it mean for two events to be independent  | Independent events
            what does it mean for a sample to be representative | Representative sample
            what does independence of two events mean          | Independent events
            """)
    void ask_nameSaidAsItsNounAndAPredicateOnStatistics_quotesThatName(String question, String term) {
        // WHEN a name of a modifier and a noun is said as the noun and a predicate ("events are dependent"), or as the
        // modifier's noun, "of" and the noun ("independence of two events")
        Answer answer = statistics.ask(question);

        // THEN the entry of that name is quoted, not only suggested
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CLT?                                     | Central Limit Theorem
            whats the IQR of this data               | Interquartile range
            what is the MoE of a poll                | Margin of error
            what does interquartle range mean        | Interquartile range
            what is std dev                          | Standard deviation
            what are desc stats                      | Descriptive statistics
            SE of the proportion?                    | Standard error of the proportion
            what is a type 2 error                   | Type II error (false negative)
            """)
    void ask_initialismTypoOrNumeralOnStatistics_quotesTheEntry(String question, String term) {
        // WHEN a student types an initialism, a misspelt long name or a digit for a roman numeral
        Answer answer = statistics.ask(question);

        // THEN the long name wins over a shorter exact name inside it ("interquartle range" is not Range)
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            networking | what's simplex               | Simplex communication
            networking | OSI?                         | OSI model
            statistics | what's a poisson             | Poisson distribution
            """)
    void ask_firstWordOfANameThatEnglishLacks_quotesTheEntry(String glossary, String question, String term) {
        // WHEN a student names a concept by the coined word, proper name or acronym that starts its name
        Answer answer = tutor(glossary).ask(question);

        // THEN that entry is quoted
        assertThat(answer.terms()).as(question).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> suggests {1}")
    @CsvSource(delimiter = '|', textBlock = """
            networking | what is a multicast address  | Multicast frame
            statistics | what is a poisson process    | Poisson distribution
            """)
    void ask_firstWordOfANameBeforeAnotherNoun_abstainsAndSuggests(String glossary, String question, String term) {
        // WHEN that first word modifies another noun: another concept
        Answer answer = tutor(glossary).ask(question);

        // THEN nothing is quoted, and the entry is offered
        assertThat(answer.terms()).as(question).isEmpty();
        assertThat(answer.suggestions()).contains(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what does it mean to standardize a variable                 | Standardization
            is my result statistically significant?                     | Statistical significance
            what does it mean for two events to be mutually exclusive   | Mutually exclusive
            """)
    void ask_verbOrAdjectiveOfANameOnStatistics_quotesTheEntry(String question, String term) {
        // WHEN a student asks with the verb or adjective of a name, or "what does it mean for X to be Y"
        Answer answer = statistics.ask(question);

        // THEN the entry the derived form names is quoted
        assertThat(answer.terms()).as(question).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            define cluster sampling                  | Cluster random sample
            what is convenience sampling?            | Convenience sample
            what is the pop proportion?              | Population proportion
            what is non-prob sampling                | Non-probability sampling
            """)
    void ask_nameWithAWordLeftOutInflectedOrTruncatedOnStatistics_quotesTheEntry(String question, String term) {
        // WHEN a student says "sampling" for "sample", leaves out "random", or writes "pop" for "population"
        Answer answer = statistics.ask(question);

        // THEN the entry whose name the phrase spells word by word is quoted
        assertThat(answer.terms()).as(question).first().isEqualTo(term);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is effect size", "what does analysis of variance mean", "what is quota sampling",
        "sample mean?", "sample mean definition"})
    void ask_absentCompoundSharingAWordWithANameOnStatistics_abstains(String question) {
        // WHEN an absent concept shares a word with a name (Sample size, Variance, Non-probability sampling, Sample
        // before the noun "mean")
        Answer answer = statistics.ask(question);

        // THEN nothing is quoted
        assertThat(answer.quotesSomething()).as(question + " -> " + answer.terms()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is a proxy server", "what is power over ethernet", "what is CSMA/CA",
        "explain the TCP three-way handshake"})
    void ask_anotherConceptAroundANameOnNetworking_abstains(String question) {
        // WHEN a modifier or a complement makes a glossary name part of another concept
        Answer answer = networking.ask(question);

        // THEN nothing is quoted
        assertThat(answer.quotesSomething()).as(question + " -> " + answer.terms()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is a quota sample", "what do you mean?", "what does that mean lol", "what is moe",
        "what is the median absolute deviation"})
    void ask_anotherConceptOrAnEverydayWordOnStatistics_abstains(String question) {
        // WHEN "mean" is the question's verb, or a name is part of another concept
        Answer answer = statistics.ask(question);

        // THEN nothing is quoted
        assertThat(answer.quotesSomething()).as(question + " -> " + answer.terms()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"log-normal distribution?", "is there such a thing as a type III error? what is it"})
    void ask_hyphenatedPrefixOrAnotherNumberOnStatistics_abstains(String question) {
        // WHEN a prefix joined by a hyphen (log-normal) or another number (III for II) makes an absent concept
        Answer answer = statistics.ask(question);

        // THEN nothing is quoted
        assertThat(answer.quotesSomething()).as(question + " -> " + answer.terms()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is a one-tailed test                | One-tailed test
            what is non-probability sampling         | Non-probability sampling
            """)
    void ask_hyphenatedNameOnStatistics_quotesIt(String question, String term) {
        // WHEN the hyphenated form is a name itself
        Answer answer = statistics.ask(question);

        // THEN it is quoted, not read as a prefix on a shorter name
        assertThat(answer.terms()).as(question).containsExactly(term);
    }

    @Test
    void ask_hyphenatedNamesJoinedByAnd_quotesBoth() {
        // WHEN two hyphenated names share their head noun
        Answer answer = statistics.ask("one-tailed and two-tailed test");

        // THEN both are compared
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COMPARISON);
        assertThat(answer.terms()).containsExactly("One-tailed test", "Two-tailed test");
    }

    @Test
    void ask_differenceInsideADescription_isNotAComparison() {
        // WHEN "difference" is part of what is described, not a request to compare
        Answer answer = statistics.ask("what is the max expected difference between the sample estimate and the true value");

        // THEN the described term is quoted alone
        assertThat(answer.terms()).containsExactly("Margin of error");
    }

    @Test
    void ask_whichAnyNoun_isADescription() {
        // WHEN "which" opens a description with a noun no machine-learning list holds
        Answer answer = statistics.ask("which measure tells you how spread out the values are around the mean");

        // THEN it is answered by meaning: the measure described comes first, quoted or, since the phrase
        // is not a name spelt whole and such phrases often ask about absent terms, suggested
        List<String> offered = answer.quotesSomething() ? answer.terms() : answer.suggestions();
        assertThat(offered).first().isIn("Measures of dispersion", "Standard deviation", "Variance");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one tailed vs two tailed test, how do I know which to use                          | One-tailed test          | Two-tailed test
            discrete vs continuous random variable                                              | Discrete random variable | Continuous random variable
            how are mutually exclusive events different from independent events? they sound the same to me | Mutually exclusive | Independent events
            sampling with replacement vs without                                                | Sampling with replacement | Sampling without replacement
            sampling with replacement vs without replacement, when do you use which             | Sampling with replacement | Sampling without replacement
            """)
    void ask_comparisonWithASharedHeadOnStatistics_quotesBoth(String question, String first, String second) {
        // WHEN one side of a comparison leaves out the head the other side names ("test", "random variable"),
        // or a name is followed by the head noun of the other ("mutually exclusive events")
        Answer answer = statistics.ask(question);

        // THEN both terms are compared, the head taken from the name across the joiner, not the message's last word
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COMPARISON);
        assertThat(answer.terms()).containsExactly(first, second);
    }

    @Test
    void ask_twoNamesThenHowAreTheyDifferentOnNetworking_comparesThem() {
        // WHEN two names are followed by a question that says they differ, with no comparison word between them
        Answer answer = networking.ask("half duplex and full duplex how are they different");

        // THEN both are compared, the hyphenated heading spelt with a space included
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COMPARISON);
        assertThat(answer.terms()).containsExactly("Half-duplex", "Full duplex");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            networking | preamable in ethernet | Preamble
            networking | studying for the cert, quick one: what does the transport layer handle | Transport layer
            statistics | every cell says 'margin of error' what does that actually mean | Margin of error
            statistics | hw asks if two rolls are mutually exclusive and honestly what does mutually exclusive even mean | Mutually exclusive
            statistics | the worksheet mentions stratified random sampling, how is that done | Stratified random sample
            """)
    void ask_termWithItsContextOrAQuestionInsideASentence_quotesTheTerm(String glossary, String question, String term) {
        // WHEN a term is typed with where it belongs, or asked about by a question that runs on from a sentence or points
        // back at it ("how is that done")
        Answer answer = tutor(glossary).ask(question);

        // THEN that term is quoted, not a name the context spells better nor a longer name around it
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).first().isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            networking | reading ahead for next week and it keeps mentioning line coding no idea what that means | Line coding
            statistics | random q but the textbook keeps talking about a test statistic and i have no clue what thats supposed to be | Test statistic
            statistics | doing the practice quiz and it asks about the significance level which apparently i never learned lol whats that | Significance level
            statistics | the default assumption that nothing is going on, no effect, which you then try to find evidence against | Null hypothesis
            statistics | whats it called when you guess a population value with just one number instead of a range | Point estimate
            """)
    void ask_termBeforeNotKnowingOrDescriptionWithARelativeOrAContrast_quotesTheTerm(String glossary, String question,
            String term) {
        // WHEN the writer names a term and says they do not know what it is ("no idea what that means"), names it after
        // what they were doing, or describes it with a relative clause after a comma or with what is used instead
        Answer answer = tutor(glossary).ask(question);

        // THEN the term meant is quoted
        assertThat(answer.terms()).as(question).first().isEqualTo(term);
    }

    @Test
    void ask_nameSaidAsAVerbAndItsObjectOnStatistics_quotesThatName() {
        // WHEN a name of a noun and an -ing noun (Hypothesis testing) is said as the verb and its object
        Answer answer = statistics.ask("how do you go about testing a hypothesis");

        // THEN that name is quoted
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).first().isEqualTo("Hypothesis testing");
    }

    @Test
    void ask_comparisonWhoseRightSideLeavesOutTheHeadOnNetworking_quotesBoth() {
        // WHEN the right side is a name without its head noun ("twisted pair" for Twisted pair cable)
        Answer answer = networking.ask("how is fiber cable different from twisted pair");

        // THEN it borrows the left side's head ("cable") and both are compared
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COMPARISON);
        assertThat(answer.terms()).containsExactly("Fiber cable", "Twisted pair cable");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            so I'm on module 1 and they just threw the term 'Ethernet frame' at me without explaining. what is it? | Ethernet frame
            hey! i'm doing the practice quiz and one question asks about the start frame delimiter. what's that?  | Start Frame Delimiter (SFD)
            yo can someone explain what a MAC address is, the video went way too fast                             | MAC(Media Access Control) address
            honestly the OSI model is confusing me, what is it supposed to be?                                     | OSI model
            """)
    void ask_chattyQuestionNamingItsTermElsewhereOnNetworking_quotesTheTerm(String question, String term) {
        // WHEN the question points back at a term named earlier, or embeds "what X is" in a longer sentence
        Answer answer = networking.ask(question);

        // THEN that term is quoted
        assertThat(answer.terms()).as(question).containsExactly(term);
    }

    @Test
    void ask_nameAsTheObjectOfAnInvertedQuestionsVerbOnNetworking_quotesThatName() {
        // WHEN a name is the object of a question's verb, its subject between the auxiliary and the verb
        Answer answer = networking.ask("why do computers need protocols to talk");

        // THEN that entry is quoted: the verb makes no other concept of the name, and the plural subject the tagger
        // read as a verb ("computers/VERB need") is a noun
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).containsExactly("Protocol");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how do you calculate variance                                                        | Variance
            CLT in simple words?                                                                 | Central Limit Theorem
            prof brought up sampling bias when talking about election polls, what is sampling bias exactly | Sampling bias
            hw q3 wants the standard error of the mean and im confused                           | Standard error of the mean
            ugh the video said point estimate like 5 times but never really explained it         | Point estimate
            """)
    void ask_nameAsAVerbsObjectWithAMannerOrAfterAStatementOnStatistics_quotesThatName(String question, String term) {
        // WHEN the name is a verb's object, is followed by how to explain it, or follows a statement naming it (one
        // that says it is not understood, or never was explained)
        Answer answer = statistics.ask(question);

        // THEN that entry is quoted: the verb makes no other concept of the name ("calculate variance"), the manner
        // adjunct is no part of the phrase, the tagger's "bias/SCONJ" is a noun of the name
        assertThat(answer.kind()).as(question).isEqualTo(Answer.Kind.DEFINITION);
        assertThat(answer.terms()).as(question).first().isEqualTo(term);
    }

    @Test
    void ask_howIsOneNameDifferentFromAnotherOnStatistics_quotesBoth() {
        // WHEN two hyphenated names are compared with "different from", which the tagger reads as a noun
        Answer answer = statistics.ask("How is a one-sample test different from a two-sample test?");

        // THEN both are quoted, in the order asked: "different" makes no other concept of the first
        assertThat(answer.kind()).isEqualTo(Answer.Kind.COMPARISON);
        assertThat(answer.terms()).containsExactly("One-sample test", "Two-sample test");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is frame check              | networking | SHORTENED
            what is a transmission           | networking | LOOSE
            what is stratified sampling      | statistics | SHORTENED
            what is systematic sampling      | statistics | SHORTENED
            what is an error                 | statistics | LOOSE
            what is a hypothesis             | statistics | LOOSE
            what is the standard normal distribution | statistics | LOOSE
            """)
    void shape_phraseSpeltByPartOfOneName_isShortenedOnlyWhenItEndsAsThatName(String question, String glossary,
                                                                              MatchTuning.Shape expected) {
        // GIVEN a naming question whose phrase is not one name spelt whole
        AnswerEngine.Examined examined = tutor(glossary).engine().examine(question);

        // WHEN
        MatchTuning.Shape shape = Decision.shape(examined.question(), examined.candidates(),
                DecisionShapeTest.mostProbable(examined.candidates()));

        // THEN it is SHORTENED when one entry's name spells all of it and ends as it ends (or its head noun
        // was left out: "frame check"); a lone noun that is only the head of longer names, a head several names
        // share, or a name with another concept's words around it stays LOOSE
        assertThat(shape).as(question).isEqualTo(expected);
    }
}
