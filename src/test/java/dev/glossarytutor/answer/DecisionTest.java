package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Decision#shortened}: one entry's name alone spells the phrase, and that entry is the one to be quoted. */
class DecisionTest {

    @Test
    void shortened_oneNameSpellsThePhraseWithItsHead_isShortenedForThatEntry() {
        // GIVEN one candidate whose name spells the whole phrase and its head, another spelling less
        Candidate unicast = spelling("Unicast transmission", 1.0, 1.0);
        Candidate other = spelling("Multicast", 0.5, 1.0);

        // WHEN / THEN it is a shortened name when that candidate is the most probable, and not otherwise
        assertThat(Decision.shortened(List.of(unicast, other), unicast)).isTrue();
        assertThat(Decision.shortened(List.of(unicast, other), other)).isFalse();
    }

    @Test
    void shortened_twoNamesSpellThePhraseWithTheSameEnding_isNot() {
        // GIVEN a head noun two names share ("a hypothesis": null or alternative?)
        Candidate nul = spelling("Null hypothesis", 1.0, 0.5);
        Candidate alternative = spelling("Alternative hypothesis", 1.0, 0.5);

        // WHEN
        boolean shortened = Decision.shortened(List.of(nul, alternative), nul);

        // THEN neither is vouched for
        assertThat(shortened).isFalse();
    }

    @Test
    void shortened_oneNameEndsWhereThePhraseEnds_winsOverThoseLeavingTheHeadOut() {
        // GIVEN "broadcasting": Broadcast spells its head, Broadcast address leaves its head out
        Candidate broadcast = spelling("Broadcast", 1.0, 1.0);
        Candidate address = spelling("Broadcast address", 1.0, 0.5);

        // WHEN
        boolean shortened = Decision.shortened(List.of(broadcast, address), broadcast);

        // THEN the closest ending decides, and it is one entry's alone
        assertThat(shortened).isTrue();
    }

    @Test
    void shortened_nameSpellsOnlyAModifier_isNot() {
        // GIVEN "a gradient": the name spells the whole phrase but not its head ("gradient descent")
        Candidate descent = spelling("Gradient descent", 1.0, 0.0);

        // WHEN
        boolean shortened = Decision.shortened(List.of(descent), descent);

        // THEN
        assertThat(shortened).isFalse();
    }

    /** A candidate whose name spells {@code phraseShare} of the phrase, ending as {@code sameHead} says. */
    private static Candidate spelling(String term, double phraseShare, double sameHead) {
        double[] x = new double[Feature.values().length];
        x[Feature.PARTIAL_PHRASE.ordinal()] = phraseShare;
        x[Feature.PARTIAL_SAME_HEAD.ordinal()] = sameHead;
        return new Candidate(Entry.of(term, "d"), x);
    }
}
