package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Word;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words around a name that make another concept (a hyphenated prefix, an -ing head), and numbers
 * that make another name: on the seed glossary and on a small one written here.
 */
class CompoundNamesTest {
    private static Analyzer analyzer;
    private static TermMatcher seed;
    private static TermMatcher small;

    @BeforeAll
    static void setUp() throws Exception {
        analyzer = new Analyzer();
        seed = new TermMatcher(GlossaryLoader.load(Path.of("glossary", "deep-learning")), new GlossaryWords(analyzer));
        Glossary g = Glossary.of(List.of(
                Entry.of("Normal distribution", "A symmetric bell-shaped distribution."),
                Entry.of("Non-probability sampling", "Choosing a sample without random selection."),
                Entry.of("Sampling", "Choosing members of a population."),
                Entry.of("Type I error", "Rejecting a true null hypothesis."),
                Entry.of("Type II error", "Failing to reject a false null hypothesis."),
                Entry.of("Median", "The middle value of an ordered data set."),
                Entry.of("TCP", "A protocol that delivers a stream of bytes reliably.")));
        small = new TermMatcher(g, new GlossaryWords(analyzer));
    }

    private static List<Word> words(String text) {
        return Word.of(analyzer.analyze(text));
    }

    /** The hit on {@code term}, if the matcher chose one. */
    private static Optional<NameHit> hit(TermMatcher matcher, String text, String term) {
        return matcher.find(words(text)).stream().filter(h -> h.entry().term().equals(term)).findFirst();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            log-normal distribution?                | Normal distribution
            what is a log-normal distribution       | Normal distribution
            what is a non-normal distribution       | Normal distribution
            what is sub-sampling                    | Sampling
            """)
    void find_wordHyphenatedBeforeTheName_isAConflict(String question, String term) {
        // WHEN a word is joined by a hyphen before the name's first word
        NameHit h = hit(small, question, term).orElseThrow();

        // THEN the name is part of another concept
        assertThat(h.conflict()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is non-probability sampling        | Non-probability sampling
            what is non probability sampling        | Non-probability sampling
            what is a normal distribution           | Normal distribution
            """)
    void find_hyphenatedWholeIsAName_thatNameWins(String question, String term) {
        // WHEN the hyphenated form is a name itself (and "Sampling" inside it is joined by a hyphen)
        List<NameHit> found = small.find(words(question));

        // THEN that name is found, not part of another concept, and is the only one chosen
        assertThat(found).extracting(h -> h.entry().term()).containsExactly(term);
        assertThat(found.get(0).conflict()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is a mini-batch                    | Minibatch
            what is back-propagation                | Backpropagation
            same-convolution?                       | Same Convolution
            what is a u-net                         | U-Net
            what is a hyper-parameter               | Hyperparameter
            """)
    void find_hyphenatedSpellingOfTheName_isThatName(String question, String term) {
        // WHEN the hyphen is inside the name as the student spells it
        NameHit h = hit(seed, question, term).orElseThrow();

        // THEN it is the name, not part of another concept
        assertThat(h.conflict()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the n-dimensional array thing pytorch uses for everything | Tensor
            the pooling layer keras adds after each conv              | Pooling
            """)
    void find_kindWordAfterTheName_endsThePhrase(String question, String term) {
        // WHEN a word that only says what kind of thing the name is ("thing", "function") follows it, then
        // another noun that starts a clause of its own
        NameHit h = hit(seed, question, term).orElseThrow();

        // THEN the name is not part of another concept
        assertThat(h.conflict()).isFalse();
    }

    @Test
    void find_nounHyphenatedAfterTheName_isAConflict() {
        // WHEN a noun is joined by a hyphen after the name (the hyphen does not end the phrase as punctuation does)
        NameHit h = hit(seed, "what is the kernel-trick", "Kernel").orElseThrow();

        // THEN
        assertThat(h.conflict()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            is there such a thing as a type III error? what is it
            what is a type 3 error
            what is a type IV error
            """)
    void find_otherNumberInAName_isNoTypo(String question) {
        // WHEN the number differs by one letter or digit from a name's
        List<NameHit> found = small.find(words(question));

        // THEN it is not read as a misspelt name
        assertThat(found).extracting(h -> h.entry().term()).doesNotContain("Type I error", "Type II error");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is a type 2 error                  | Type II error
            what is a type ii error                 | Type II error
            type 1 error?                           | Type I error
            what is a type II eror                  | Type II error
            """)
    void find_sameNumberWrittenOtherwiseOrATypoElsewhere_findsTheName(String question, String term) {
        // WHEN the number is the name's, in digits or roman numerals, and a typo is in another word
        List<NameHit> found = small.find(words(question));

        // THEN
        assertThat(found).extracting(h -> h.entry().term()).containsExactly(term);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what does parameter sharing mean in cnns        | Parameters
            does parameter sharing in cnns reduce overfitting | Parameters
            parameter sharing? what is it                   | Parameters
            how does weight sharing work                    | Weights of a network
            """)
    void find_gerundHeadingTheNounPhrase_isAConflict(String question, String term) {
        // WHEN an -ing word after a noun name heads the phrase (before the sentence's verb, a
        // preposition without an "is" before the name, or punctuation)
        NameHit h = hit(seed, question, term).orElseThrow();

        // THEN the name is part of another concept
        assertThat(h.conflict()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is overfitting doing to my model           | Overfitting
            is the kernel sliding over the image            | Kernel
            what is the gradient doing in backpropagation   | Backpropagation
            how is backpropagation computing the gradient   | Backpropagation
            """)
    void find_gerundThatIsTheSentencesVerb_noConflict(String question, String term) {
        // WHEN the -ing word is a verb: after a name that is itself a gerund, or a progressive after "is ... name"
        NameHit h = hit(seed, question, term).orElseThrow();

        // THEN the name is what is asked about
        assertThat(h.conflict()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is the median absolute deviation           | Median
            explain the TCP three-way handshake             | TCP
            """)
    void find_adjectivesThenANounAfterTheName_isAConflict(String question, String term) {
        // WHEN adjectives or numbers stand between the name and a noun of its phrase
        NameHit h = hit(small, question, term).orElseThrow();

        // THEN the name is part of another concept, as with a noun right after it
        assertThat(h.conflict()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            is the median robust to outliers                | Median
            is TCP reliable? what is it                     | TCP
            """)
    void find_adjectivesThatEndThePhrase_noConflict(String question, String term) {
        // WHEN adjectives after the name say something of it, with no noun of their own
        NameHit h = hit(small, question, term).orElseThrow();

        // THEN the name is what is asked about
        assertThat(h.conflict()).isFalse();
    }
}
