package dev.glossarytutor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which words a hyphen joins to the word before, however the tokenizer splits them ("log-" "normal",
 * "t" "-" "distribution", "non-probability" as one token), and which separators are not hyphens.
 */
class HyphenatedWordsTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void setUp() {
        analyzer = new Analyzer();
    }

    private static List<String> hyphenated(String text) {
        return Word.of(analyzer.analyze(text)).stream().filter(Word::hyphenated).map(Word::norm).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            log-normal distribution?                | normal
            what is a log-normal distribution       | normal
            what is the t-distribution              | distribution
            what is non-probability sampling        | probability
            what is a one-tailed test               | tailed
            same-convolution?                       | convolution
            what is a state-of-the-art model        | of,the,art
            """)
    void of_wordsJoinedByAHyphen_areHyphenated(String text, String words) {
        // WHEN
        List<String> joined = hyphenated(text);

        // THEN
        assertThat(joined).containsExactly(words.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            regression to the mean - what does that mean
            regression to the mean -- what does that mean
            what is TCP/IP
            what is a log normal distribution
            log - normal distribution
            what's a tensor
            """)
    void of_spacedDashSlashOrApostrophe_noWordHyphenated(String text) {
        // WHEN / THEN a dash between spaces sets off a clause, a slash coordinates, an apostrophe is in the word
        assertThat(hyphenated(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what does epochs=10 mean      | epochs | 10
            batch_size=32?                | size   | 32
            """)
    void of_digitsInsideAToken_areANumberNotANoun(String text, String name, String value) {
        // WHEN one token gives several words ("epochs=10"), and the tagger gave the token one tag
        List<Word> words = Word.of(analyzer.analyze(text));

        // THEN its digits are a number, so they make no compound with the name before them
        Word number = words.stream().filter(w -> w.norm().equals(value)).findFirst().orElseThrow();
        Word word = words.stream().filter(w -> w.norm().equals(name)).findFirst().orElseThrow();
        assertThat(number.token()).isEqualTo(word.token());
        assertThat(number.pos()).isEqualTo("NUM");
        assertThat(word.pos()).isNotEqualTo("NUM");
    }

    @Test
    void of_hyphenStartingASentence_doesNotJoinAcrossIt() {
        // WHEN the hyphen comes after the end of a sentence
        List<String> joined = hyphenated("what is a test. -normal distribution");

        // THEN nothing before the sentence break is joined to what follows
        assertThat(joined).isEmpty();
    }
}
