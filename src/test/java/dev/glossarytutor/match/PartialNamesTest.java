package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.Source;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Word;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link TermMatcher#partialNames}: how far a phrase spells a name it does not spell whole. */
class PartialNamesTest {
    private static Analyzer analyzer;
    private static Entry stratified;
    private static Entry distribution;
    private static Entry sampleSize;
    private static TermMatcher matcher;

    @BeforeAll
    static void setUp() {
        analyzer = new Analyzer();
        stratified = entry("Stratified random sample", "A sample drawn from each stratum of the population.");
        distribution = entry("Probability distribution", "A function giving the probability of each outcome.");
        sampleSize = entry("Sample size", "The number of observations in a sample, chosen before data collection.");
        matcher = new TermMatcher(Glossary.of(List.of(stratified, distribution, sampleSize)), new GlossaryWords(analyzer));
    }

    private static Entry entry(String term, String definition) {
        return new Entry(term, List.of(), List.of(), List.of(), List.of(), List.of(), definition, Source.UNKNOWN);
    }

    private static Map<Entry, PartialName> partial(String phrase) {
        return matcher.partialNames(Word.of(analyzer.analyze(phrase)));
    }

    @Test
    void partialNames_otherInflectionOfANameWithAWordLeftOut_spellsTheWholePhrase() {
        // GIVEN a phrase that drops "random" and says "sampling" for "sample"
        // WHEN
        PartialName p = partial("stratified sampling").get(stratified);

        // THEN both its words are in the name (by stem), and two of the name's three words are in it
        assertThat(p.phraseShare()).isEqualTo(1.0);
        assertThat(p.nameShare()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(p.abbreviated()).isFalse();
    }

    @Test
    void partialNames_truncatedWords_matchAsAbbreviations() {
        // GIVEN a student's shorthand for Probability distribution
        // WHEN
        PartialName p = partial("prob dist").get(distribution);

        // THEN each truncation stands for its word, and the match says it was abbreviated
        assertThat(p.phraseShare()).isEqualTo(1.0);
        assertThat(p.nameShare()).isEqualTo(1.0);
        assertThat(p.abbreviated()).isTrue();
    }

    @Test
    void partialNames_extraWordTheGlossaryNeverUses_isNotKnown() {
        // GIVEN "effect size": "size" is in Sample size, "effect" is in no name or definition
        // WHEN
        PartialName effect = partial("effect size").get(sampleSize);
        PartialName observations = partial("observations size").get(sampleSize);

        // THEN half the phrase is in a name (the implied head noun "size", all of it), and the extra word
        // counts as known only when the glossary uses it
        assertThat(effect.phraseShare()).isEqualTo(0.5);
        assertThat(effect.nameShare()).isEqualTo(1.0);
        assertThat(effect.extraKnown()).isEqualTo(0.0);
        assertThat(observations.extraKnown()).isEqualTo(1.0);
    }

    @Test
    void partialNames_shortOrUnrelatedWords_matchNothing() {
        // GIVEN two-letter truncations and words in no name
        // WHEN
        Map<Entry, PartialName> found = partial("pr di of the weather");

        // THEN no entry shares a word with the phrase
        assertThat(found).isEmpty();
    }
}
