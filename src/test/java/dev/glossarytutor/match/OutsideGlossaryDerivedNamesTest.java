package dev.glossarytutor.match;

import static dev.glossarytutor.match.DerivedName.Kind.CASED_INITIALISM;
import static dev.glossarytutor.match.DerivedName.Kind.HEAD_NOUN;
import static dev.glossarytutor.match.DerivedName.Kind.INITIALISM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.testing.OutsideGlossaries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Derived names on glossaries written outside this project, read from {@code ../shared/glossaries/}
 * (never copied into the project; see SOURCES.md there). Skipped when they are not on this machine.
 */
class OutsideGlossaryDerivedNamesTest {

    private static Glossary outside(String field) throws Exception {
        return GlossaryLoader.load(OutsideGlossaries.file(field));
    }

    private static List<String> names(Map<Entry, List<DerivedName>> derived, Glossary g, String term) {
        return derived.get(g.get(term)).stream().map(DerivedName::name).toList();
    }

    @Test
    void statistics_uniqueInitialismAndHeadNoun_areDerived() throws Exception {
        // GIVEN the statistics glossary
        Glossary statistics = outside("statistics");

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(statistics);

        // THEN the names no other entry competes for are there, with their kind
        assertThat(derived.get(statistics.get("Central Limit Theorem"))).contains(new DerivedName("CLT", INITIALISM));
        assertThat(derived.get(statistics.get("Standard error of the mean")))
                .contains(new DerivedName("SEM", INITIALISM));
        assertThat(derived.get(statistics.get("Random seed"))).contains(new DerivedName("seed", HEAD_NOUN));
        assertThat(derived.get(statistics.get("Margin of error"))).contains(new DerivedName("margin", HEAD_NOUN));
        assertThat(derived.get(statistics.get("Interquartile range"))).contains(new DerivedName("IQR", INITIALISM));
        assertThat(derived.get(statistics.get("Margin of error"))).contains(new DerivedName("MoE", CASED_INITIALISM));
    }

    @Test
    void statistics_contestedNames_areNotDerived() throws Exception {
        // GIVEN the statistics glossary
        Glossary statistics = outside("statistics");

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(statistics);

        // THEN "SD" goes only to Standard deviation, the sharer the other definitions name far more
        // often; "ME" is an English word, "hypothesis" heads two terms and "statistics" is a term of its own
        assertThat(names(derived, statistics, "Standard deviation")).contains("deviation", "SD");
        assertThat(names(derived, statistics, "Sampling distribution")).doesNotContain("SD");
        assertThat(names(derived, statistics, "Margin of error")).doesNotContain("ME");
        assertThat(names(derived, statistics, "Null hypothesis")).doesNotContain("hypothesis");
        assertThat(names(derived, statistics, "Descriptive statistics")).doesNotContain("statistics");
    }

    @Test
    void networking_uniqueHeadNounAndInitialism_areDerivedButSharedOnesAreNot() throws Exception {
        // GIVEN the networking glossary
        Glossary networking = outside("networking");

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(networking);

        // THEN
        assertThat(derived.get(networking.get("Network switch"))).contains(new DerivedName("switch", HEAD_NOUN));
        assertThat(derived.get(networking.get("Frame check sequence"))).contains(new DerivedName("FCS", INITIALISM));
        assertThat(names(derived, networking, "Physical layer")).doesNotContain("layer");
        assertThat(names(derived, networking, "Broadcast address")).doesNotContain("address");
        assertThat(names(derived, networking, "Transmission Control Protocol (TCP)")).isEmpty();
    }

    @Test
    void statistics_synonymsItsDefinitionsState_areDerived() throws Exception {
        // GIVEN the statistics glossary, whose definitions end "also referred to as ..."
        Glossary statistics = outside("statistics");

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(statistics);

        // THEN
        assertThat(names(derived, statistics, "Bayes' theorem")).contains("Bayes’ rule");
        assertThat(names(derived, statistics, "Bayesian statistics")).contains("Bayesian inference");
    }

    @Test
    void networking_statedNameOfAnotherEntry_isNotDerived() throws Exception {
        // GIVEN the networking glossary, whose Server definition ends "also known as a client"
        Glossary networking = outside("networking");

        // WHEN
        Map<Entry, List<DerivedName>> derived = DerivedNames.of(networking);

        // THEN "client" stays the Client entry's name
        assertThat(names(derived, networking, "Server")).doesNotContain("client");
    }
}
