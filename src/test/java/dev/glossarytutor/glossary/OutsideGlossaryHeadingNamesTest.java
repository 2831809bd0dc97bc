package dev.glossarytutor.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.testing.OutsideGlossaries;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Heading names on glossaries written outside this project, read from {@code ../shared/glossaries/}
 * (never copied into the project; see SOURCES.md there). Skipped when they are not on this machine.
 */
class OutsideGlossaryHeadingNamesTest {
    static Path outside(String field) {
        return OutsideGlossaries.file(field);
    }

    @Test
    void networking_acronymHeadings_giveExpansionAndAcronym() throws Exception {
        // GIVEN the networking glossary as its instructor wrote it
        Glossary networking = GlossaryLoader.load(outside("networking"));

        // WHEN / THEN the heading stays as written and the names a student types are there
        assertThat(networking.get("Transmission Control Protocol (TCP)").allNames())
                .contains("TCP", "Transmission Control Protocol");
        assertThat(networking.get("Carrier-Sense Multiple Access with Collision Detection (CSMA/CD)").allNames())
                .contains("CSMA/CD", "Carrier-Sense Multiple Access with Collision Detection");
        assertThat(networking.get("Virtual LAN (VLAN)").allNames()).contains("VLAN", "Virtual LAN");
    }

    @Test
    void networking_acronymWithExpansionInside_givesBothSpellingsOfTheLongerName() throws Exception {
        // GIVEN
        Glossary networking = GlossaryLoader.load(outside("networking"));

        // WHEN
        Entry mac = networking.get("MAC(Media Access Control) address");

        // THEN
        assertThat(mac.term()).isEqualTo("MAC(Media Access Control) address");
        assertThat(mac.allNames()).contains("MAC address", "Media Access Control address");
    }

    @Test
    void statistics_alternativeNameDefinedElsewhere_isDroppedButTheOtherIsKept() throws Exception {
        // GIVEN statistics, which also defines "False positive" as a term of its own
        Glossary statistics = GlossaryLoader.load(outside("statistics"));

        // WHEN / THEN the clashing "false positive" stays with False positive; "false negative" is free
        assertThat(statistics.get("Type I error (false positive)").allNames())
                .containsExactly("Type I error (false positive)", "Type I error");
        assertThat(statistics.get("Type II error (false negative)").allNames())
                .containsExactly("Type II error (false negative)", "Type II error", "false negative");
        assertThat(statistics.get("Addition rule (for mutually exclusive events)").allNames())
                .containsExactly("Addition rule (for mutually exclusive events)", "Addition rule");
    }

    @Test
    void lint_outsideGlossariesAndShippedGlossary_areClean() {
        // GIVEN both outside glossaries and the shipped one
        Path networking = outside("networking");
        Path statistics = outside("statistics");

        // WHEN / THEN derived names never turn into lint problems
        assertThat(GlossaryLoader.lint(networking)).isEmpty();
        assertThat(GlossaryLoader.lint(statistics)).isEmpty();
        assertThat(GlossaryLoader.lint(Path.of("glossary", "deep-learning"))).isEmpty();
    }
}
