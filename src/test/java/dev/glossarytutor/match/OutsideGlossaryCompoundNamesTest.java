package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Word;
import dev.glossarytutor.testing.OutsideGlossaries;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hyphenated prefixes and numbers on the statistics glossary, whose names hold both ("One-tailed
 * test", "Non-probability sampling", "Type II error"). Read from {@code ../shared/glossaries} where it
 * lies, never copied; skipped when it is absent.
 */
class OutsideGlossaryCompoundNamesTest {
    private static Analyzer analyzer;
    private static TermMatcher matcher;

    @BeforeAll
    static void load() throws Exception {
        analyzer = new Analyzer();
        matcher = new TermMatcher(OutsideGlossaries.load("statistics"), new GlossaryWords(analyzer));
    }

    /** The terms chosen in {@code text} that are not part of another concept. */
    private static List<String> named(String text) {
        List<Word> words = Word.of(analyzer.analyze(text));
        return matcher.find(words).stream().filter(h -> !h.conflict()).map(h -> h.entry().term()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is a one-tailed test                 | One-tailed test
            what is a two-tailed test                 | Two-tailed test
            what is non-probability sampling          | Non-probability sampling
            what is a one-sample test                 | One-sample test
            what is a z-score                         | Z-score
            what is a p-value                         | P-value
            what is a type 2 error                    | Type II error (false negative)
            what is a type II eror                    | Type II error (false negative)
            type 1 error?                             | Type I error (false positive)
            what's a 2 sample test                    | Two-sample test
            1 tailed test?                            | One-tailed test
            what is a type two error                  | Type II error (false negative)
            """)
    void find_hyphenatedNameOrNumberAsWritten_isTheName(String question, String term) {
        // WHEN the hyphenated form or the number is the name's own
        List<String> found = named(question);

        // THEN that name is found whole
        assertThat(found).containsExactly(term);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            log-normal distribution?
            what is a non-normal distribution
            is there such a thing as a type III error? what is it
            what is a type 3 error
            what is a t-distribution
            """)
    void find_prefixOrOtherNumber_namesNoTerm(String question) {
        // WHEN a hyphenated prefix or another number makes a concept the glossary does not have
        List<String> found = named(question);

        // THEN no term is named outside a larger concept
        assertThat(found).isEmpty();
    }
}
