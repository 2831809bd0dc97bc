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

    private static Map<Entry, TermMatcher.PartialName> partial(String phrase) {
        return matcher.partialNames(Word.of(analyzer.analyze(phrase)));
    }

    @Test
    void partialNames_otherInflectionOfANameWithAWordLeftOut_spellsTheWholePhrase() {
        // GIVEN a phrase that drops "random" and says "sampling" for "sample"
        // WHEN
        TermMatcher.PartialName p = partial("stratified sampling").get(stratified);

        // THEN both its words are in the name (by stem), and two of the name's three words are in it
        assertThat(p.phraseShare()).isEqualTo(1.0);
        assertThat(p.nameShare()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(p.abbreviated()).isFalse();
    }

    @Test
    void partialNames_truncatedWords_matchAsAbbreviations() {
        // GIVEN a student's shorthand for Probability distribution
        // WHEN
        TermMatcher.PartialName p = partial("prob dist").get(distribution);

        // THEN each truncation stands for its word, and the match says it was abbreviated
        assertThat(p.phraseShare()).isEqualTo(1.0);
        assertThat(p.nameShare()).isEqualTo(1.0);
        assertThat(p.abbreviated()).isTrue();
    }

    @Test
    void partialNames_extraWordTheGlossaryNeverUses_isNotKnown() {
        // GIVEN "effect size": "size" is in Sample size, "effect" is in no name or definition
        // WHEN
        TermMatcher.PartialName effect = partial("effect size").get(sampleSize);
        TermMatcher.PartialName observations = partial("observations size").get(sampleSize);

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
        Map<Entry, TermMatcher.PartialName> found = partial("pr di of the weather");

        // THEN no entry shares a word with the phrase
        assertThat(found).isEmpty();
    }
    @Test
    void partialNames_loneWordSpellingOnlyAModifierNoOtherEntryUses_leftOutTheHead() {
        // GIVEN "simplex", used by Simplex communication alone, and "gradient", which another definition uses too
        Entry simplex = entry("Simplex communication", "Data that only goes in one direction.");
        Entry descent = entry("Gradient descent", "Steps against the gradient to lower the loss.");
        Entry backprop = entry("Backpropagation", "Computes the gradient of the loss for every weight.");
        TermMatcher own = new TermMatcher(Glossary.of(List.of(simplex, descent, backprop)), new GlossaryWords(analyzer));

        // WHEN each is asked about alone
        TermMatcher.PartialName shortened = own.partialNames(Word.of(analyzer.analyze("what is simplex")).subList(2, 3))
                .get(simplex);
        TermMatcher.PartialName modifier = own.partialNames(Word.of(analyzer.analyze("what is a gradient")).subList(3, 4))
                .get(descent);

        // THEN the word the glossary knows only inside one name is that name with its head left out; a word the
        // glossary uses on its own names a thing of its own
        assertThat(shortened.head()).isEqualTo(TermMatcher.Head.LEFT_OUT);
        assertThat(modifier.head()).isEqualTo(TermMatcher.Head.OTHER);
    }

    @Test
    void partialNames_truncatedPlural_spellsAPluralNameWord() {
        // GIVEN "desc stats" for Descriptive statistics: "stats" is "stat", truncated, with the plural ending
        Entry descriptive = entry("Descriptive statistics", "Summarizes the main features of a dataset.");
        TermMatcher own = new TermMatcher(Glossary.of(List.of(descriptive)), new GlossaryWords(analyzer));

        // WHEN
        TermMatcher.PartialName p = own.partialNames(Word.of(analyzer.analyze("desc stats"))).get(descriptive);

        // THEN both words spell the name, as truncations
        assertThat(p.phraseShare()).isEqualTo(1.0);
        assertThat(p.nameShare()).isEqualTo(1.0);
        assertThat(p.abbreviated()).isTrue();
    }
}
